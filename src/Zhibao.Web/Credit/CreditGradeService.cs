using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Credit;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Credit;

/// <summary>
/// 信用分级分类监管: parties by grade with the inspection frequency each grade suggests, and one party's credit page.
/// Grades are computed on read for the parties with records; every other party is in the first (best) grade.
/// </summary>
public sealed class CreditGradeService(
    IDbContextFactory<ZhibaoDb> factory, CreditSchemeStore schemes, PartyCredit credit, SeriousViolationService listings, CreditRepairService repairs, CurrentUser user)
{
    /// <summary>
    /// With a grade: the parties in it (the first grade includes every party without records), newest first. Without: the
    /// parties whose records count today, most points first. <see cref="GradePage.Counts"/> counts every grade.
    /// </summary>
    public async Task<GradePage> ListAsync(string? grade, string? search, int page, int pageSize, CancellationToken ct)
    {
        var (scheme, grades) = await credit.EvaluateAllAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var parties = db.Parties.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var k = search.Trim();
            var code = k.ToUpperInvariant();
            parties = parties.Where(p => p.Name.Contains(k) || (p.UnifiedSocialCreditCode != null && p.UnifiedSocialCreditCode.Contains(code)) || p.ResidentIdNumber == code);
        }
        var first = scheme.Grades[0];
        var graded = grades.Where(g => g.Value.Grade.Code != first.Code).ToDictionary(g => g.Key, g => g.Value);
        var gradedIds = graded.Keys.ToList();
        var matchingGraded = await parties.Where(p => gradedIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        var all = await parties.CountAsync(ct);
        var counts = scheme.Grades.Select(g => new GradeCount(g.Code, g.Name,
            g.Code == first.Code ? all - matchingGraded.Count : matchingGraded.Count(id => graded[id].Grade.Code == g.Code), CreditScheme.InspectionText(g))).ToList();

        List<Party> rows;
        int total;
        if (grade is not null && string.Equals(grade, first.Code, StringComparison.OrdinalIgnoreCase))
        {
            var query = parties.Where(p => !gradedIds.Contains(p.Id));
            total = await query.CountAsync(ct);
            rows = await query.OrderByDescending(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        }
        else
        {
            var ids = matchingGraded.Where(id => grade is null ? graded[id].Points > 0 : string.Equals(graded[id].Grade.Code, grade, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(id => graded[id].Points).ThenByDescending(id => id).ToList();
            total = ids.Count;
            var pageIds = ids.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            var loaded = await parties.Where(p => pageIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            rows = pageIds.Select(id => loaded[id]).ToList();
        }
        var fullIds = user.HasPermission(Permissions.IdentityNumberView);
        var items = rows.Select(p =>
        {
            var e = grades.GetValueOrDefault(p.Id) ?? CreditGrading.Evaluate(scheme, [], credit.Today);
            return new GradeRow(p.Id, p.Name, CreditText.PartyCode(p, fullIds), e.Grade.Code, e.Grade.Name, e.Points, CreditScheme.InspectionName(e.Grade.Inspection),
                e.Grade.InspectionsPerYear, e.InspectionText, e.Reasons.Count > 0 ? e.Reasons[0].Text : null, e.Reasons.Count);
        }).ToList();
        return new GradePage(items, total, page, pageSize, counts);
    }

    public static readonly ExcelColumn<GradeRow>[] Columns =
    [
        new("当事人", r => r.PartyName), new("统一社会信用代码/身份证号码", r => r.Code), new("信用等级", r => r.Grade), new("等级名称", r => r.GradeName),
        new("记分", r => r.Points), new("监管方式", r => r.InspectionName), new("建议每年检查次数", r => r.InspectionsPerYear),
        new("检查频次", r => r.InspectionText), new("主要理由", r => r.MainReason), new("理由条数", r => r.ReasonCount),
    ];

    /// <summary>The grade codes of the scheme in force, for validating ?grade=.</summary>
    public async Task<IReadOnlyList<CreditGradeLevel>> GradesAsync(CancellationToken ct) => (await schemes.GetAsync(ct)).Grades;

    /// <summary>A party's grade with its reasons, and its listings and repairs (those in the user's data scope); null when no such party.</summary>
    public async Task<PartyCreditView?> PartyAsync(int partyId, CancellationToken ct)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (!await db.Parties.AnyAsync(p => p.Id == partyId, ct))
            {
                return null;
            }
        }
        var grade = CreditGradeView.From(await credit.EvaluateAsync(partyId, ct));
        var listed = await listings.ListAsync(new ListingFilter(null, null, partyId), 1, Paging.MaxPageSize, ct);
        var repaired = await repairs.ListAsync(new RepairFilter(null, null, partyId), 1, Paging.MaxPageSize, ct);
        return new PartyCreditView(partyId, grade, listed.Items, repaired.Items);
    }
}
