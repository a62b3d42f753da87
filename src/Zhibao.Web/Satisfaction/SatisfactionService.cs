using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Satisfaction;

/// <summary>
/// 满意度调查 of a closed case, on the officer's side: a single-use link for a party, an answer heard on the phone, and
/// the list. Every query goes through <c>db.Cases</c>, so a case outside the user's data scope is not found (404).
/// </summary>
public sealed class SatisfactionService(IDbContextFactory<ZhibaoDb> factory, SettingsReader settings, CurrentUser user, TimeProvider clock)
{
    public async Task<SurveyPanel?> PanelAsync(int caseId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId).Select(x => new { x.Kind, x.Status }).FirstOrDefaultAsync(ct);
        if (c is null)
        {
            return null;
        }
        var parties = await db.CaseParties.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.Id)
            .Select(p => new { p.PartyId, p.Party!.Name, p.Role }).ToListAsync(ct);
        // One line per party (a party can hold two roles), named as the case names it.
        return new SurveyPanel(caseId, SatisfactionRules.IsClosed(c.Kind, c.Status), CaseKinds.StatusName(c.Kind, c.Status),
            parties.DistinctBy(p => p.PartyId).Select(p => new SurveyPartyOption(p.PartyId, p.Name, CaseService.RoleName(p.Role, c.Kind))).ToList(),
            await ListAsync(db, caseId, ct));
    }

    public async Task<IReadOnlyList<SurveyView>?> ListAsync(int caseId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Cases.AnyAsync(c => c.Id == caseId, ct) ? await ListAsync(db, caseId, ct) : null;
    }

    private async Task<IReadOnlyList<SurveyView>> ListAsync(ZhibaoDb db, int caseId, CancellationToken ct)
    {
        var rows = await db.SatisfactionSurveys.AsNoTracking().Where(s => s.CaseId == caseId).OrderByDescending(s => s.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.Select(s => ToView(s, now)).ToList();
    }

    /// <summary>Makes a single-use link; the token is returned this once and only its SHA-256 is stored.</summary>
    public async Task<SurveyResult<SurveyLinkCreated>> CreateLinkAsync(int caseId, SurveyLinkInput? input, string baseUrl, CancellationToken ct)
    {
        input ??= new SurveyLinkInput(null, null);
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var (refusal, notFound) = await CheckCaseAsync(db, caseId, ct);
        if (notFound || refusal is not null)
        {
            return new SurveyResult<SurveyLinkCreated>(null, errors, notFound, refusal);
        }
        var partyName = await PartyNameAsync(db, caseId, input.PartyId, input.PartyName, errors, ct);
        if (errors.Any)
        {
            return new SurveyResult<SurveyLinkCreated>(null, errors);
        }
        var days = (int)Math.Clamp(SettingsReader.Number(await settings.AllAsync(ct), SatisfactionRules.LinkValidDaysSetting,
            SatisfactionRules.DefaultLinkValidDays), 1, 366);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = SatisfactionRules.NewToken();
        var survey = new SatisfactionSurvey
        {
            CaseId = caseId, PartyId = input.PartyId, PartyName = partyName, Channel = SurveyChannel.Link,
            TokenHash = SatisfactionRules.Hash(token), CreatedAt = now, CreatedById = user.UserId, CreatedByName = Actor,
            ExpiresAt = now.AddDays(days),
        };
        db.SatisfactionSurveys.Add(survey);
        await db.SaveChangesAsync(ct);
        var link = SatisfactionRules.Path(token);
        return new SurveyResult<SurveyLinkCreated>(new SurveyLinkCreated(ToView(survey, now), link, baseUrl.TrimEnd('/') + link), errors);
    }

    /// <summary>电话回访: the officer records the score and comment the party gave on the phone.</summary>
    public async Task<SurveyResult<SurveyView>> RecordPhoneAsync(int caseId, PhoneSurveyInput? input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (input is not null && input.Score is not (>= 1 and <= 5))
        {
            errors.Add(nameof(input.Score), SatisfactionRules.ScoreError);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var (refusal, notFound) = await CheckCaseAsync(db, caseId, ct);
        if (notFound || refusal is not null)
        {
            return new SurveyResult<SurveyView>(null, errors, notFound, refusal);
        }
        var partyName = input is null ? null : await PartyNameAsync(db, caseId, input.PartyId, input.PartyName, errors, ct);
        if (errors.Any)
        {
            return new SurveyResult<SurveyView>(null, errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var survey = new SatisfactionSurvey
        {
            CaseId = caseId, PartyId = input!.PartyId, PartyName = partyName, Channel = SurveyChannel.Phone, CreatedAt = now,
            CreatedById = user.UserId, CreatedByName = Actor, Score = input.Score, Comment = CaseService.Blank(input.Comment),
            AnsweredAt = now, RecordedById = user.UserId, RecordedByName = Actor,
        };
        db.SatisfactionSurveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return new SurveyResult<SurveyView>(ToView(survey, now), errors);
    }

    /// <summary>Not found outside the data scope; refused (409) while the case is open.</summary>
    private static async Task<(string? Refusal, bool NotFound)> CheckCaseAsync(ZhibaoDb db, int caseId, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId).Select(x => new { x.Kind, x.Status }).FirstOrDefaultAsync(ct);
        if (c is null)
        {
            return (null, true);
        }
        return SatisfactionRules.IsClosed(c.Kind, c.Status)
            ? (null, false)
            : ($"案件尚未结案（当前状态：{CaseKinds.StatusName(c.Kind, c.Status)}），结案后才能开展满意度调查", false);
    }

    /// <summary>A chosen party must be one of the case's; its registry name is kept with the survey.</summary>
    private static async Task<string?> PartyNameAsync(ZhibaoDb db, int caseId, int? partyId, string? name, FieldErrors errors, CancellationToken ct)
    {
        if (partyId is not { } id)
        {
            return CaseService.Blank(name);
        }
        var registered = await db.CaseParties.Where(p => p.CaseId == caseId && p.PartyId == id).Select(p => p.Party!.Name).FirstOrDefaultAsync(ct);
        if (registered is null)
        {
            errors.Add("partyId", "请从本案当事人中选择被调查人");
        }
        return registered;
    }

    internal static SurveyView ToView(SatisfactionSurvey s, DateTime now)
    {
        var (status, statusName) = s.AnsweredAt is not null ? ("answered", "已评价")
            : s.ExpiresAt <= now ? ("expired", "已过期")
            : ("pending", "待评价");
        return new SurveyView(s.Id, s.CaseId, s.PartyId, s.PartyName, s.Channel, SatisfactionRules.ChannelName(s.Channel), status, statusName,
            s.CreatedAt, s.CreatedByName, s.ExpiresAt, s.Score, s.Score is { } score ? SatisfactionRules.ScoreName(score) : null, s.Comment,
            s.AnsweredAt, s.RecordedByName);
    }

    private string Actor => user.DisplayName ?? user.UserName ?? "系统";
}
