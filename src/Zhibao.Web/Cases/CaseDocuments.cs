using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Documents;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Cases;

public sealed record GeneratedDocument(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

/// <param name="CaseKinds">The kinds of case the document is made for, in Chinese (e.g. "专利侵权纠纷行政裁决、调解").</param>
public sealed record DocumentTemplateRow(string Kind, string Name, bool IsCustom, string? FileName, DateTime? UploadedAt, string? UploadedByName,
    IReadOnlyList<string> Placeholders, string CaseKinds);

/// <summary>
/// 文书: renders a case document from the bureau's template (an uploaded replacement, else the shipped default) and
/// files it with the case as a 文书 attachment, hash recorded, so what was served is what the case file keeps.
/// </summary>
public sealed class CaseDocuments(IDbContextFactory<ZhibaoDb> factory, SettingsReader settings, CaseService cases, OrgTree tree, CurrentUser user, TimeProvider clock)
{
    public static bool TryParseKind(string? value, out CaseDocumentKind kind) =>
        Enum.TryParse(value, ignoreCase: true, out kind) && Enum.IsDefined(kind);

    /// <summary>
    /// The documents of a kind of case, in the order the case is worked. An adjudication closed by mediation (令第81号第三十条
    /// 第（二）项) also has the mediation agreement.
    /// </summary>
    public static IReadOnlyList<CaseDocumentKind> KindsFor(CaseKind kind) => kind switch
    {
        CaseKind.Penalty => CaseDocumentKindExtensions.Of(CaseDocumentGroup.Penalty),
        CaseKind.Adjudication => [.. CaseDocumentKindExtensions.Of(CaseDocumentGroup.Adjudication), CaseDocumentKind.MediationAgreement],
        CaseKind.Mediation => CaseDocumentKindExtensions.Of(CaseDocumentGroup.Mediation),
        _ => [],
    };

    /// <summary>Why <paramref name="kind"/> is no document of this kind of case; null when it is one.</summary>
    public static string? WrongKind(CaseKind caseKind, CaseDocumentKind kind) => KindsFor(caseKind).Contains(kind) ? null
        : $"{kind.ChineseName()}是{kind.Group().ChineseName()}案件的文书，本案为{CaseKinds.Name(caseKind)}案件，可制作："
          + string.Join("、", KindsFor(caseKind).Select(k => k.ChineseName()));

    /// <summary>Renders the document; with <paramref name="file"/> also stores it on the case. Error text when the case is not there yet.</summary>
    public async Task<(GeneratedDocument? Document, string? Error, bool NotFound)> GenerateAsync(int caseId, CaseDocumentKind kind, bool file, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await CaseService.LoadAsync(db, caseId, tracking: true, ct);
        if (c is null)
        {
            return (null, null, true);
        }
        if (WrongKind(c.Kind, kind) is { } wrong)
        {
            return (null, wrong, false);
        }
        var notYet = c switch
        {
            PenaltyCase p => CaseDocumentValues.NotYet(kind, p),
            AdjudicationCase a => DisputeDocumentValues.NotYet(kind, a),
            MediationCase m => DisputeDocumentValues.NotYet(kind, m),
            _ => $"{CaseKinds.Name(c.Kind)}案件的文书尚未提供模板",
        };
        if (notYet is not null)
        {
            return (null, notYet, false);
        }
        var bureau = tree.BureauName(c.OrgUnitId) ?? "";
        var settingValues = await settings.AllAsync(ct);
        var today = Clock.Today(clock);
        var unitNames = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var values = c switch
        {
            PenaltyCase p => CaseDocumentValues.For(kind, p, bureau, settingValues, today, unitNames,
                await db.CaseEvents.Where(e => e.CaseId == caseId && e.Action == "decline").OrderByDescending(e => e.Id)
                    .Select(e => e.Comment).FirstOrDefaultAsync(ct)),
            AdjudicationCase a => DisputeDocumentValues.For(kind, a, bureau, settingValues, today),
            _ => DisputeDocumentValues.For(kind, (MediationCase)c, bureau, settingValues, today, unitNames),
        };
        var template = await TemplateAsync(db, kind, ct);
        var bytes = DocxTemplate.Render(new MemoryStream(template), values);
        var document = new GeneratedDocument(kind.FileName(c.CaseNumber), bytes);
        if (file)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            c.Attachments.Add(new CaseAttachment
            {
                Category = "文书", FileName = document.FileName, ContentType = GeneratedDocument.ContentType, Size = bytes.Length, Sha256 = hash,
                Description = kind.ChineseName(), StoredFile = new StoredFile { Content = bytes }, UploadedAt = now,
                UploadedByName = user.DisplayName ?? user.UserName ?? "系统",
            });
            c.Events.Add(cases.Event("document", $"制作文书：{kind.ChineseName()}", $"SHA-256：{hash}"));
            CaseService.Touch(db, c, now);
            await db.SaveChangesAsync(ct);
        }
        return (document, null, false);
    }

    public async Task<List<DocumentTemplateRow>> TemplatesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var custom = await db.DocumentTemplates.AsNoTracking().ToDictionaryAsync(t => t.Kind, ct);
        return Enum.GetValues<CaseDocumentKind>().Select(kind =>
        {
            var row = custom.GetValueOrDefault(kind.ToString());
            var content = row?.Content ?? DefaultTemplates.Build(kind);
            return new DocumentTemplateRow(kind.ToString(), kind.ChineseName(), row is not null, row?.FileName, row?.UploadedAt, row?.UploadedByName,
                DocxTemplate.Placeholders(new MemoryStream(content)),
                string.Join("、", Enum.GetValues<CaseKind>().Where(k => KindsFor(k).Contains(kind)).Select(CaseKinds.Name)));
        }).ToList();
    }

    public async Task<GeneratedDocument> TemplateFileAsync(CaseDocumentKind kind, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return new GeneratedDocument($"{kind.ChineseName()}（模板）.docx", await TemplateAsync(db, kind, ct));
    }

    /// <summary>预览: the template filled with the catalogue's sample data.</summary>
    public async Task<GeneratedDocument> PreviewAsync(CaseDocumentKind kind, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var bytes = DocxTemplate.Render(new MemoryStream(await TemplateAsync(db, kind, ct)), CaseDocumentFields.SampleValues(kind));
        return new GeneratedDocument($"{kind.ChineseName()}（样例）.docx", bytes);
    }

    /// <summary>Replaces a template. Refused, with every reason, when the file is not a .docx or uses keys the system cannot fill.</summary>
    public async Task<FieldErrors> UploadAsync(CaseDocumentKind kind, string? fileName, Stream content, CancellationToken ct)
    {
        var errors = new FieldErrors();
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (!string.Equals(Path.GetExtension(fileName ?? ""), ".docx", StringComparison.OrdinalIgnoreCase))
        {
            return errors.Add("file", "请上传Word（.docx）格式的模板");
        }
        try
        {
            buffer.Position = 0;
            foreach (var key in CaseDocumentFields.Unrecognized(DocxTemplate.Placeholders(buffer)))
            {
                errors.Add("file", CaseDocumentFields.UnrecognizedMessage(key));
            }
        }
        catch (DocumentTemplateException ex)
        {
            return errors.Add("file", ex.Message);
        }
        if (errors.Any)
        {
            return errors;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.DocumentTemplates.FirstOrDefaultAsync(t => t.Kind == kind.ToString(), ct);
        if (row is null)
        {
            row = new DocumentTemplate { Kind = kind.ToString(), FileName = "", Content = [], UploadedByName = "" };
            db.DocumentTemplates.Add(row);
        }
        row.FileName = Path.GetFileName(fileName!);
        row.Content = buffer.ToArray();
        row.UploadedAt = clock.GetUtcNow().UtcDateTime;
        row.UploadedByName = user.DisplayName ?? user.UserName ?? "系统";
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Goes back to the shipped default.</summary>
    public async Task ResetAsync(CaseDocumentKind kind, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.DocumentTemplates.Where(t => t.Kind == kind.ToString()).ExecuteDeleteAsync(ct);
    }

    private static async Task<byte[]> TemplateAsync(ZhibaoDb db, CaseDocumentKind kind, CancellationToken ct) =>
        await db.DocumentTemplates.AsNoTracking().Where(t => t.Kind == kind.ToString()).Select(t => t.Content).FirstOrDefaultAsync(ct)
        ?? DefaultTemplates.Build(kind);
}
