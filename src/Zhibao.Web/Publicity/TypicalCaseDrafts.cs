using System.Text;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Publicity;
using Zhibao.Web.Cases;

namespace Zhibao.Web.Publicity;

/// <summary>The editable blocks of a typical case.</summary>
public sealed record TypicalCaseBlocks(string Title, string Facts, string Handling, string Result, string Significance)
{
    /// <summary>(key, Chinese name, text) of every block, in order: the API names problems by key.</summary>
    public IEnumerable<(string Key, string Name, string Text)> All =>
    [
        ("title", "标题", Title), ("facts", "基本案情", Facts), ("handling", "查处经过", Handling), ("result", "处理结果", Result),
        ("significance", "典型意义", Significance),
    ];

    public TypicalCaseBlocks Map(Func<string, string> f) => new(f(Title), f(Facts), f(Handling), f(Result), f(Significance));
}

/// <summary>A case party as the draft and the scan need it.</summary>
public sealed record DraftParty(Party Party, CasePartyRole Role);

/// <summary>
/// Writes the first draft of a typical case from a closed case — title, 基本案情, 查处经过, 处理结果, 典型意义 — from the case's
/// recorded facts, then removes the personal data (<see cref="Deidentifier"/>). Officers edit the blocks afterwards.
/// </summary>
public static class TypicalCaseDrafts
{
    /// <summary>
    /// Who the case names: persons (parties who are natural persons, legal representatives) are always masked; enterprises
    /// may be named when <paramref name="naming"/> allows it, except complainants and reporters, who are never named.
    /// </summary>
    public static PersonalData Subjects(IEnumerable<DraftParty> parties, NamingDecision naming)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(naming);
        var persons = new List<PersonSubject>();
        var organisations = new List<OrganisationSubject>();
        foreach (var (party, role) in parties)
        {
            if (party.Kind == PartyKind.Person)
            {
                persons.Add(new PersonSubject(party.Name, party.ResidentIdNumber, party.Address, party.Phone));
                continue;
            }
            organisations.Add(new OrganisationSubject(party.Name, naming.MayNameEnterprises && role != CasePartyRole.Complainant, party.Address, party.Phone));
            if (!string.IsNullOrWhiteSpace(party.LegalRepresentative))
            {
                persons.Add(new PersonSubject(party.LegalRepresentative));
            }
        }
        return new PersonalData(persons, organisations);
    }

    /// <summary>The blocks as the case records them, before de-identification.</summary>
    public static TypicalCaseBlocks Write(Case c, IReadOnlyList<DraftParty> parties, IReadOnlyList<CaseRight> rights, string bureau, int mediationSessions)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(rights);
        string Names(params CasePartyRole[] roles) =>
            string.Join("、", parties.Where(p => roles.Contains(p.Role)).Select(p => p.Party.Name).Distinct());
        var title = c.Title.Trim();
        return c switch
        {
            PenaltyCase p => new(title, PenaltyFacts(p, Names(CasePartyRole.Respondent), rights, bureau), PenaltyHandling(p, bureau),
                PenaltyResult(p, bureau), Significance(c)),
            AdjudicationCase a => new(title, AdjudicationFacts(a, Names(CasePartyRole.Requester, CasePartyRole.RightsHolder), Names(CasePartyRole.Respondent), bureau),
                AdjudicationHandling(a, bureau), AdjudicationResult(a, bureau), Significance(c)),
            MediationCase m => new(title, MediationFacts(m, Names(CasePartyRole.Requester, CasePartyRole.RightsHolder), Names(CasePartyRole.Respondent), bureau),
                MediationHandling(m, bureau, mediationSessions), MediationResult(m), Significance(c)),
            _ => new(title, c.Summary ?? "", "", "", Significance(c)),
        };
    }

    /// <summary>The blocks with personal data removed, one set of masks for the whole text.</summary>
    public static TypicalCaseBlocks Deidentify(TypicalCaseBlocks blocks, PersonalData data)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var masks = Deidentifier.Masks(data);
        return blocks.Map(text => Deidentifier.Apply(text, data, masks));
    }

    /// <summary>Personal data left in any block.</summary>
    public static IReadOnlyList<TypicalCaseProblem> Scan(TypicalCaseBlocks blocks, PersonalData data)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return blocks.All.SelectMany(b => Deidentifier.Scan(b.Text, data).Select(f => new TypicalCaseProblem(b.Key, b.Name, f.Kind, f.Value, f.Message)))
            .ToList();
    }

    internal static string Day(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    private static string Yuan(decimal amount) => amount.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture) + "元";

    private static string Sentence(string? text)
    {
        var t = text?.Trim() ?? "";
        return t.Length == 0 || "。！？；".Contains(t[^1], StringComparison.Ordinal) ? t : t + "。";
    }

    private static string Paragraphs(params string?[] paragraphs) =>
        string.Join("\n", paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    private static string SourcePhrase(string source) => source switch
    {
        "监督检查" => "在日常监督检查中发现",
        "投诉" => "接到投诉，反映",
        "举报" => "接到举报，反映",
        "上级交办" => "收到上级交办线索，反映",
        "部门移送" => "收到有关部门移送的线索，反映",
        "舆情" => "通过舆情监测发现",
        "网络监测" => "通过网络监测发现",
        _ => "发现",
    };

    private static string Right(CaseRight r) => r.Kind switch
    {
        RightKind.Trademark => $"注册商标“{r.Name}”" + (r.Number is null ? "" : $"（第{r.Number}号{(r.NiceClass is { } n ? $"，第{n}类" : "")}）"),
        RightKind.Patent => $"专利“{r.Name}”" + (r.Number is null ? "" : $"（专利号{r.Number}）"),
        RightKind.GeographicalIndication => $"地理标志“{r.Name}”",
        RightKind.OfficialMark => $"官方标志“{r.Name}”",
        RightKind.SpecialMark => $"特殊标志“{r.Name}”",
        _ => $"“{r.Name}”",
    };

    private static string PenaltyFacts(PenaltyCase c, string respondents, IReadOnlyList<CaseRight> rights, string bureau)
    {
        var who = respondents.Length > 0 ? respondents : "当事人";
        var opening = $"{Day(c.ReceivedOn)}，{bureau}{SourcePhrase(c.Source)}{who}涉嫌{c.Subject}违法行为。";
        var protectedRights = rights.Count == 0 ? null : $"涉案权利：{string.Join("；", rights.Select(Right))}。";
        return Paragraphs(opening, protectedRights, Sentence(c.Summary));
    }

    private static string PenaltyHandling(PenaltyCase c, string bureau)
    {
        var text = new StringBuilder();
        if (c.FiledOn is { } filed)
        {
            text.Append($"{Day(filed)}，{bureau}依法立案调查。");
        }
        if (c.ReviewedOn is not null)
        {
            text.Append("调查终结后，案件经法制审核。");
        }
        if (c.NotifiedOn is { } notified)
        {
            text.Append($"{Day(notified)}，{bureau}依法告知当事人拟作出行政处罚的内容及事实、理由、依据，并告知其依法享有陈述、申辩"
                + (c.HearingRightNotified ? "和要求听证" : "") + "的权利。");
        }
        if (c.HearingOn is { } hearing)
        {
            text.Append($"{Day(hearing)}，依当事人申请举行听证。");
        }
        return text.ToString();
    }

    private static string PenaltyResult(PenaltyCase c, string bureau)
    {
        var decided = c.DecidedOn is { } d ? $"{Day(d)}，" : "";
        var decision = c.Outcome switch
        {
            DecisionOutcome.Penalty => $"{decided}{bureau}依法作出行政处罚决定："
                + Sentence(c.DecisionContent ?? (c.FineAmount is { } fine ? $"罚款{Yuan(fine)}" : c.WarningOnly ? "警告" : "给予行政处罚")),
            DecisionOutcome.NoPenalty => $"{decided}{bureau}依法作出不予行政处罚决定。" + Sentence(c.DecisionContent),
            { } other => $"{decided}案件依法{PenaltyWorkflow.Name(other)}。" + Sentence(c.DecisionContent),
            null => Sentence(c.DecisionContent),
        };
        var paid = c.PaidOn is { } p ? $"当事人已于{Day(p)}缴纳罚款{(c.PaidAmount is { } a ? Yuan(a) : "")}。" : null;
        var published = c.PublishedOn is { } pub ? $"行政处罚信息已于{Day(pub)}在国家企业信用信息公示系统公示。" : null;
        return Paragraphs(decision, paid, published);
    }

    private static string AdjudicationFacts(AdjudicationCase c, string requesters, string respondents, string bureau)
    {
        var patent = $"{PatentNumber.KindName(c.PatentKind)}专利权（专利号{c.PatentNumber}{(string.IsNullOrWhiteSpace(c.PatentTitle) ? "" : $"，专利名称“{c.PatentTitle}”")}）";
        var opening = $"{Day(c.ReceivedOn)}，请求人{Or(requesters, "专利权人")}以被请求人{Or(respondents, "某企业")}侵犯其{patent}为由，向{bureau}请求处理专利侵权纠纷。";
        return Paragraphs(opening, Sentence(c.Summary));
    }

    private static string AdjudicationHandling(AdjudicationCase c, string bureau)
    {
        var text = new StringBuilder();
        if (c.FiledOn is { } filed)
        {
            text.Append($"{Day(filed)}，{bureau}依法立案，组成合议组审理。");
        }
        if (c.RequestServedOn is { } served)
        {
            text.Append($"{Day(served)}，向被请求人送达请求书副本。");
        }
        if (c.AnswerReceivedOn is { } answered)
        {
            text.Append($"{Day(answered)}，被请求人提交答辩书。");
        }
        if (c.HearingHeldOn is { } heard)
        {
            text.Append($"{Day(heard)}，合议组进行口头审理。");
        }
        return text.ToString();
    }

    private static string AdjudicationResult(AdjudicationCase c, string bureau)
    {
        var closed = c.ClosedOn is { } d ? $"{Day(d)}，" : "";
        return c.Closure switch
        {
            AdjudicationClosure.Adjudication => $"{closed}{bureau}作出行政裁决："
                + Sentence(c.ClosureContent ?? (c.InfringementFound == true ? "认定侵权行为成立，责令被请求人立即停止侵权行为" : "认定侵权行为不成立")),
            AdjudicationClosure.Mediation => $"{closed}经{bureau}主持调解，双方自愿达成调解协议，案件以调解方式结案。" + Sentence(c.ClosureContent),
            AdjudicationClosure.Revocation => $"{closed}{bureau}决定撤销案件。" + Sentence(c.RevocationGround),
            _ => Sentence(c.ClosureContent),
        };
    }

    private static string MediationFacts(MediationCase c, string requesters, string respondents, string bureau) => Paragraphs(
        $"{Day(c.ReceivedOn)}，{Or(requesters, "申请人")}就与{Or(respondents, "被申请人")}之间的{c.DisputeType}，向{bureau}申请{MediationRules.Name(c.MediationType)}。",
        Sentence(c.Summary));

    private static string MediationHandling(MediationCase c, string bureau, int sessions)
    {
        var text = new StringBuilder();
        if (c.FiledOn is { } filed)
        {
            text.Append($"{Day(filed)}，{bureau}受理调解申请。");
        }
        if (sessions > 0)
        {
            text.Append($"调解人员组织双方进行{sessions}次调解会谈，释法明理，促成双方协商。");
        }
        return text.ToString();
    }

    private static string MediationResult(MediationCase c)
    {
        if (c.AgreementSignedOn is { } signed)
        {
            var confirmed = c.Confirmation == ConfirmationStatus.Confirmed ? "调解协议经人民法院司法确认，具有强制执行效力。"
                : c.NotarisedOn is not null ? "调解协议已办理公证。" : null;
            return Paragraphs($"{Day(signed)}，双方自愿达成调解协议。" + Sentence(c.AgreementContent), confirmed);
        }
        return "双方未能达成调解协议。" + Sentence(c.FailureReason);
    }

    /// <summary>A first 典型意义 by kind and subject (seed task 3: “形成市场严格保护、侵权假冒露头就打的强大震慑”), for the officer to adapt.</summary>
    public static string Significance(Case c) => c switch
    {
        PenaltyCase { Subject: "商标侵权" } =>
            "本案是依法查处侵犯注册商标专用权违法行为的典型案例。执法部门坚持线上线下同步治理，严厉打击商标侵权行为，有效维护了权利人合法权益和消费者利益，形成市场严格保护、侵权假冒露头就打的强大震慑。",
        PenaltyCase { Subject: "假冒专利" } =>
            "本案依法查处假冒专利行为，维护了专利标识标注秩序和消费者的知情权，提示经营者规范使用专利标识，营造尊重知识产权、诚信经营的良好营商环境。",
        PenaltyCase { Subject: "地理标志" } =>
            "本案依法查处侵犯地理标志的违法行为，保护了地理标志产品的品质声誉和特色产业发展，维护了生产者和消费者的合法权益。",
        PenaltyCase =>
            "本案依法查处知识产权领域违法行为，彰显了严格保护知识产权的鲜明态度，形成市场严格保护、侵权假冒露头就打的强大震慑。",
        AdjudicationCase =>
            "本案通过专利侵权纠纷行政裁决快速解决纠纷，体现了行政裁决专业、高效、便捷、低成本的优势，为企业创新发展提供了有力保障。",
        _ =>
            "本案通过调解方式化解知识产权纠纷，推进行政调解、人民调解、行业调解和司法调解多元化解，提高了纠纷解决效率和社会满意度。",
    };

    private static string Or(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;
}
