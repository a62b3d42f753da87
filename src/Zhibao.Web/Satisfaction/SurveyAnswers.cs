using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Satisfaction;

/// <summary>
/// The public side of a survey link: no account, so the token is the only key. The lookup compares SHA-256 hashes and
/// must ignore the data-scope filter (an anonymous caller sees no unit); it reads nothing but the case title and unit.
/// A link is answered once: the row's version is the concurrency token, so two simultaneous answers cannot both count.
/// </summary>
public sealed class SurveyAnswers(DbContextOptions<ZhibaoDb> options, TimeProvider clock)
{
    public async Task<PublicSurvey> GetAsync(string? token, CancellationToken ct)
    {
        await using var db = new ZhibaoDb(options, new RespondentScope());
        var (survey, state) = await FindAsync(db, token, ct);
        return await ToPublicAsync(db, survey, state, ct);
    }

    /// <summary>Records the answer when the link is open and the fields are valid (Saved); otherwise changes nothing.</summary>
    public async Task<(PublicSurvey Survey, bool Saved, FieldErrors Errors)> AnswerAsync(string? token, string? score, string? comment, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var scope = new RespondentScope();
        await using var db = new ZhibaoDb(options, scope);
        var (survey, state) = await FindAsync(db, token, ct);
        if (state != SurveyLinkState.Open)
        {
            return (await ToPublicAsync(db, survey, state, ct), false, errors);
        }
        if (!int.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 5)
        {
            errors.Add("score", SatisfactionRules.ScoreError);
        }
        var text = CaseService.Blank(comment);
        if (text is { Length: > SatisfactionRules.MaxCommentLength })
        {
            errors.Add("comment", $"意见建议不超过{SatisfactionRules.MaxCommentLength}个字");
        }
        if (errors.Any)
        {
            return (await ToPublicAsync(db, survey, state, ct), false, errors);
        }
        survey!.Score = value;
        survey.Comment = text;
        survey.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        // The operation log names the respondent and the case's unit, so the unit sees who changed its row.
        scope.OrgUnitId = survey.Case!.OrgUnitId;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another answer to the same link was saved first: this one is the second use.
            return (await ToPublicAsync(db, survey, SurveyLinkState.Used, ct), false, errors);
        }
        return (await ToPublicAsync(db, survey, SurveyLinkState.Used, ct), true, errors);
    }

    private async Task<(SatisfactionSurvey? Survey, SurveyLinkState State)> FindAsync(ZhibaoDb db, string? token, CancellationToken ct)
    {
        if (!SatisfactionRules.IsWellFormed(token))
        {
            return (null, SurveyLinkState.Unknown);
        }
        var hash = SatisfactionRules.Hash(token!);
        var survey = await db.SatisfactionSurveys.IgnoreQueryFilters().Include(s => s.Case)
            .FirstOrDefaultAsync(s => s.TokenHash == hash && s.Channel == SurveyChannel.Link, ct);
        return survey switch
        {
            null => (null, SurveyLinkState.Unknown),
            { AnsweredAt: not null } => (survey, SurveyLinkState.Used),
            _ when survey.ExpiresAt <= clock.GetUtcNow().UtcDateTime => (survey, SurveyLinkState.Expired),
            _ => (survey, SurveyLinkState.Open),
        };
    }

    private static async Task<PublicSurvey> ToPublicAsync(ZhibaoDb db, SatisfactionSurvey? survey, SurveyLinkState state, CancellationToken ct)
    {
        if (survey?.Case is not { } c)
        {
            return new PublicSurvey(SurveyLinkState.Unknown, null, null, null);
        }
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == c.OrgUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        return new PublicSurvey(state, c.Title, unit, survey.ExpiresAt);
    }

    /// <summary>The anonymous respondent: sees no unit (queries here ignore the filter on purpose), logged by name.</summary>
    private sealed class RespondentScope : IDataScope
    {
        public bool SeesAllUnits => false;
        public IReadOnlyCollection<int> VisibleUnitIds => [];
        public int? UserId => null;
        public string? UserName => "当事人（满意度调查链接）";
        public int? OrgUnitId { get; set; }
    }
}
