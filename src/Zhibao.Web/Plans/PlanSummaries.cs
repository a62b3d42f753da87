using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Documents;
using Zhibao.Domain.Plans;
using Zhibao.Domain.Publicity;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Plans;

/// <summary>
/// 工作总结 (year-end or mid-year): per task what was done (from approved progress), the indicator values, typical cases,
/// problems and next steps — text blocks pre-filled from the data and saved per plan and period once edited, so edits
/// stay while the untouched blocks follow the data. One click writes the .docx in the bureau's document format.
/// </summary>
public sealed class PlanSummaries(IDbContextFactory<ZhibaoDb> factory, PlanEvaluator evaluator, PlanAccess access, TimeProvider clock)
{
    public const string YearEnd = "year", MidYear = "mid-year";
    public const int MaxBlockLength = 8000;
    private const string Overview = "overview", TypicalCases = "typical-cases", Problems = "problems", NextSteps = "next-steps";

    public static bool IsPeriod(string? period) => period is YearEnd or MidYear;

    public static string PeriodName(string period) => period == MidYear ? "半年工作总结" : "年度工作总结";

    public async Task<SummaryView?> GetAsync(int planId, string period, CancellationToken ct)
    {
        await using var db = evaluator.SystemDb();
        var plan = await access.Plans(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return null;
        }
        var today = Clock.Today(clock);
        var end = period == MidYear ? new DateOnly(plan.Year, 6, 30) : new DateOnly(plan.Year, 12, 31);
        var evaluated = (await evaluator.EvaluateAsync(planId, today < end ? today : end, ct))!;
        var approved = await db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanId == planId && r.Status == ProgressStatus.Approved && r.PeriodEnd <= end)
            .OrderBy(r => r.PeriodStart).Select(r => new { r.MeasureId, r.PeriodKey, r.PeriodStart, r.Text }).ToListAsync(ct);
        var bonuses = await (from b in db.AppraisalBonuses.AsNoTracking()
                             join c in db.Cases.IgnoreQueryFilters() on b.CaseId equals (int?)c.Id into cases
                             from c in cases.DefaultIfEmpty()
                             where b.PlanId == planId && b.RecordedOn <= end
                             orderby b.RecordedOn, b.Id
                             select new { b.Kind, b.Stage, b.Title, Number = c == null ? null : c.CaseNumber }).ToListAsync(ct);
        // Typical cases live in publicity (CLARIFICATIONS): those the bureau published in the period, with their recommendation.
        var published = await Publicity.TypicalCases.Published(db, new DateOnly(plan.Year, 1, 1), evaluated.AsOf, evaluated.UnitIds)
            .OrderBy(t => t.PublishedOn).ThenBy(t => t.Id)
            .Select(t => new { t.Title, t.PublishedOn, t.PublishOutlet, t.PublishChannel, t.IsFineCase, t.RecommendationKind, t.RecommendationResult })
            .ToListAsync(ct);
        var saved = await db.WorkSummaries.AsNoTracking().Include(s => s.Blocks).FirstOrDefaultAsync(s => s.PlanId == planId && s.Period == period, ct);

        var detail = evaluated.Detail;
        var measures = detail.Tasks.SelectMany(t => t.Measures).ToList();
        var indicators = measures.SelectMany(m => m.Indicators).ToList();
        var reportsByMeasure = approved.ToLookup(r => r.MeasureId);
        var generated = new List<(string Key, string Section, string Title, string Text, List<string> Facts)>
        {
            (Overview, "一、总体情况", "总体情况", OverviewText(detail, measures, indicators, approved.Count), []),
        };
        foreach (var (section, heading) in new[] { (PlanSection.KeyTask, "二、重点任务完成情况"), (PlanSection.Requirement, "三、工作要求落实情况") })
        {
            var tasks = detail.Tasks.Where(t => t.Section == section).ToList();
            generated.AddRange(tasks.Select((t, n) => ($"task:{t.Id}", heading, $"（{PlanText.Numeral(n + 1)}）{t.Title}",
                string.Join("\n\n", t.Measures.Select(m => DoneText(m, reportsByMeasure[m.Id].Select(r => (PlanText.PeriodName(r.PeriodKey, r.PeriodStart), r.Text))))),
                t.Measures.SelectMany(m => m.Indicators).Select(IndicatorFact).ToList())));
        }
        var typical = published.Select(t => $"《{t.Title}》：{t.PublishedOn:yyyy年M月d日}经{t.PublishOutlet ?? t.PublishChannel}发布"
                + (t.IsFineCase ? "，精品案件" : "")
                + (t.RecommendationKind is { } kind ? $"，推荐市局{TypicalCaseWorkflow.Name(kind)}（{TypicalCaseWorkflow.Name(t.RecommendationResult ?? RecommendationResult.Pending)}）" : "") + "。")
            .Concat(bonuses.Select(b => $"{AppraisalRules.Name(b.Kind)}（{AppraisalRules.Name(b.Stage)}）：{b.Title}{(b.Number is null ? "" : $"（{b.Number}）")}。"))
            .ToList();
        var when = period == MidYear ? "上半年" : "本年度";
        generated.Add((TypicalCases, "四、典型案例", "典型案例", typical.Count == 0
            ? $"{when}尚未发布典型案例，也未记录精品案件、典型案例或指导案例的推荐与采用。"
            : $"{when}发布典型案例{published.Count}件。\n\n" + string.Join("\n\n", typical), []));
        generated.Add((Problems, "五、存在的问题", "存在的问题", ProblemsText(detail, measures, indicators), []));
        generated.Add((NextSteps, "六、下一步工作打算", "下一步工作打算", NextStepsText(plan, period, measures), []));

        var edits = saved?.Blocks.ToDictionary(b => b.Key, b => b.Text) ?? [];
        var blocks = generated.Select(g => edits.TryGetValue(g.Key, out var text)
            ? new SummaryBlock(g.Key, g.Section, g.Title, text, g.Text, true, g.Facts)
            : new SummaryBlock(g.Key, g.Section, g.Title, g.Text, g.Text, false, g.Facts)).ToList();
        return new SummaryView(planId, period, PeriodName(period), Title(plan, period), detail.OrgUnitName, evaluated.AsOf, blocks,
            saved?.UpdatedAt, saved?.UpdatedByName, saved?.Version ?? 0);
    }

    /// <summary>Keeps the edited blocks; a block sent empty or equal to its generated text follows the data again.</summary>
    public async Task<PlanResult<SummaryView>> SaveAsync(int planId, string period, SummaryInput input, CancellationToken ct)
    {
        if (await GetAsync(planId, period, ct) is not { } current)
        {
            return PlanResult.Missing<SummaryView>();
        }
        var errors = new FieldErrors();
        var blocks = input.Blocks ?? [];
        if (blocks.Count == 0)
        {
            errors.Add("blocks", "请提交要保存的文本块");
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            if (current.Blocks.All(b => b.Key != blocks[i].Key))
            {
                errors.Add($"blocks[{i}].key", $"未知的文本块“{blocks[i].Key}”，可选：{string.Join("、", current.Blocks.Select(b => b.Key))}");
            }
            if (blocks[i].Text?.Length > MaxBlockLength)
            {
                errors.Add($"blocks[{i}].text", $"每个文本块不超过{MaxBlockLength}个字符");
            }
        }
        if (errors.Any)
        {
            return PlanResult.Invalid<SummaryView>(errors);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var summary = await db.WorkSummaries.Include(s => s.Blocks).FirstOrDefaultAsync(s => s.PlanId == planId && s.Period == period, ct);
        if (summary is null)
        {
            // Version 1 on creation: a client that read "no summary yet" (version 0) is stale once someone saved one.
            summary = new WorkSummary { PlanId = planId, Period = period, Version = 1 };
            db.WorkSummaries.Add(summary);
        }
        else
        {
            db.Entry(summary).Property(s => s.Version).OriginalValue = input.Version;
        }
        foreach (var block in blocks)
        {
            var generated = current.Blocks.First(b => b.Key == block.Key).GeneratedText;
            var text = block.Text?.Trim();
            var existing = summary.Blocks.FirstOrDefault(b => b.Key == block.Key);
            if (string.IsNullOrEmpty(text) || text == generated)
            {
                if (existing is not null)
                {
                    summary.Blocks.Remove(existing);
                    db.WorkSummaryBlocks.Remove(existing);
                }
            }
            else if (existing is null)
            {
                summary.Blocks.Add(new WorkSummaryBlock { Key = block.Key!, Text = text });
            }
            else
            {
                existing.Text = text;
            }
        }
        summary.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        summary.UpdatedByName = access.Actor;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && summary.Id == 0)
        {
            // Another editor saved this summary first: the unique (plan, period) index refused a second one.
            throw new DbUpdateConcurrencyException("工作总结已由他人保存", e);
        }
        return PlanResult.Ok<SummaryView>((await GetAsync(planId, period, ct))!);
    }

    /// <summary>The .docx of the summary as it stands (edited blocks and current data).</summary>
    public async Task<(byte[] Content, string FileName)?> DocumentAsync(int planId, string period, CancellationToken ct)
    {
        if (await GetAsync(planId, period, ct) is not { } view)
        {
            return null;
        }
        var sections = view.Blocks.GroupBy(b => b.Section).Select(g => new WorkSummarySection(g.Key, g.Select(b => new WorkSummaryPart(
            b.Key.StartsWith("task:", StringComparison.Ordinal) ? b.Title : null,
            [.. Paragraphs(b.Text), .. b.Facts.Count == 0 ? Array.Empty<string>() : ["指标完成情况：" + string.Join("；", b.Facts) + "。"]])).ToList())).ToList();
        var content = WorkSummaryDocument.Build(new WorkSummaryContent(view.Title, view.Issuer, Clock.Today(clock) < view.AsOf ? Clock.Today(clock) : view.AsOf, sections));
        return (content, view.Title + ".docx");
    }

    private static string[] Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"2023年北辰区知识产权行政保护工作实施方案" → "2023年北辰区知识产权行政保护工作总结" (mid-year: "2023年上半年……").</summary>
    public static string Title(Plan plan, string period)
    {
        var title = plan.Title.Contains("实施方案", StringComparison.Ordinal) ? plan.Title.Replace("实施方案", "总结", StringComparison.Ordinal) : plan.Title + "工作总结";
        var year = plan.Year.ToString(CultureInfo.InvariantCulture) + "年";
        if (period == MidYear)
        {
            title = title.Contains(year, StringComparison.Ordinal)
                ? string.Concat(title.AsSpan(0, title.IndexOf(year, StringComparison.Ordinal) + year.Length), "上半年", title.AsSpan(title.IndexOf(year, StringComparison.Ordinal) + year.Length))
                : year + "上半年" + title;
        }
        return title;
    }

    private static string OverviewText(PlanDetail detail, List<MeasureView> measures, List<IndicatorView> indicators, int approved)
    {
        var keyTasks = detail.Tasks.Count(t => t.Section == PlanSection.KeyTask);
        var requirements = detail.Tasks.Count(t => t.Section == PlanSection.Requirement);
        return $"按照《{detail.Title}》部署，{detail.OrgUnitName}围绕{keyTasks}项重点任务、{requirements}项工作要求共{measures.Count}项工作措施，"
            + $"推进知识产权行政保护工作。截至{detail.AsOf:yyyy年M月d日}，审核通过的工作进展{approved}条；方案设定的{indicators.Count}项指标中，"
            + $"达标{indicators.Count(i => i.Outcome == IndicatorOutcome.Met)}项，未达标{indicators.Count(i => i.Outcome == IndicatorOutcome.NotMet)}项，"
            + $"仅统计{indicators.Count(i => i.Connected && i.TargetText is null)}项，数据源未接入{indicators.Count(i => !i.Connected)}项。";
    }

    private static string DoneText(MeasureView m, IEnumerable<(string Period, string Text)> reports)
    {
        var done = reports.ToList();
        var head = m.Text.TrimEnd('。');
        return done.Count == 0
            ? $"{head}（{m.ResponsibleUnitName}）：暂无审核通过的工作进展。"
            : $"{head}（{m.ResponsibleUnitName}）：" + string.Join("；", done.Select(r => $"{r.Period}，{r.Text.TrimEnd('。')}")) + "。";
    }

    private static string IndicatorFact(IndicatorView i) =>
        !i.Connected ? $"{i.Name}（{i.Display}）"
        : i.Value is null ? $"{i.Name}暂无数据"
        : $"{i.Name}为{i.Display}" + (i.TargetText is null ? "" : $"（目标{i.TargetText}，{(i.Outcome == IndicatorOutcome.Met ? "达标" : "未达标")}）");

    private static string ProblemsText(PlanDetail detail, List<MeasureView> measures, List<IndicatorView> indicators)
    {
        var lines = new List<string>();
        foreach (var m in measures)
        {
            lines.AddRange(m.Indicators.Where(i => i.Outcome == IndicatorOutcome.NotMet)
                .Select(i => $"“{PlanText.Clip(m.Text)}”：{i.Name}为{i.Display}，未达到{i.TargetText}的目标。"));
        }
        var overdue = measures.Where(m => m.Progress.State == ProgressState.Missing && m.Progress.Rag == Rag.Red).ToList();
        if (overdue.Count > 0)
        {
            lines.Add($"{overdue.Count}项措施{detail.LastPeriodName}的工作进展逾期未报（{string.Join("、", overdue.Select(m => m.ResponsibleUnitName).Distinct())}）。");
        }
        var missing = indicators.Where(i => !i.Connected).ToList();
        if (missing.Count > 0)
        {
            lines.Add($"{missing.Count}项指标的数据源尚未接入平台（{string.Join("、", missing.Select(i => i.Note!.Replace(Indicators.IndicatorValue.NotConnectedPrefix, "", StringComparison.Ordinal)).Distinct())}），需人工核实。");
        }
        return lines.Count == 0 ? "已接入平台的各项指标均达到目标，工作进展按期报送。" : string.Join("\n\n", lines);
    }

    private static string NextStepsText(Plan plan, string period, List<MeasureView> measures)
    {
        var lines = measures.SelectMany(m => m.Indicators.Where(i => i.Outcome == IndicatorOutcome.NotMet)
            .Select(i => $"持续推进“{PlanText.Clip(m.Text)}”，确保{i.Name}{i.TargetText}。")).ToList();
        if (measures.Any(m => m.Progress.State is ProgressState.Missing or ProgressState.Returned))
        {
            lines.Add("督促各责任部门、责任人按期报送工作进展，科室负责人及时审核。");
        }
        lines.Add(period == MidYear
            ? "下半年对照实施方案逐项推进各项措施，确保全年任务落实到位。"
            : $"结合{plan.Year}年实施情况，制定{plan.Year + 1}年度知识产权行政保护工作实施方案。");
        return string.Join("\n\n", lines);
    }
}
