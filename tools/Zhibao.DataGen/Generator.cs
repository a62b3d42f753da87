using System.Diagnostics;
using System.Globalization;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;

namespace Zhibao.DataGen;

internal sealed record GeneratorOptions(int Cases, int BatchSize, ulong Seed, DateOnly Today, bool Analyze, bool Reminders);

/// <summary>
/// Generates penalty cases into an existing, migrated and seeded database: parties first (reused across cases), then
/// the cases in batches (one transaction each) with their parties, right, officers, pauses, history and approvals.
/// Case ids follow the lead date, as if the cases had been registered over the years.
/// </summary>
internal sealed class Generator(BulkTarget db, Reference reference, GeneratorOptions options)
{
    private static readonly TableSpec PartiesTable = new("Parties", "Id", "Kind", "Name", "UnifiedSocialCreditCode", "ResidentIdNumber",
        "LegalRepresentative", "Address", "Phone", "Industry", "CreatedAt", "Version");

    private static readonly TableSpec CasesTable = new("Cases", "Id", "Kind", "CaseNumber", "Title", "Subject", "Source", "KeySector", "Summary",
        "OrgUnitId", "Status", "IsPaused", "NextDueOn", "NextDueName", "IsDifficult", "CreatedAt", "CreatedById", "UpdatedAt", "Version",
        "LeadReceivedOn", "FiledOn", "NotFiledOn", "VerificationExtensions", "DecisionExtensions", "CollectiveDecisionDueOn",
        "ReviewSubmittedOn", "ReviewedOn", "NotifiedOn", "HearingRightNotified", "HearingRequestedOn", "HearingOn", "DecidedOn", "Outcome",
        "DecisionContent", "FineAmount", "ConfiscatedAmount", "WarningOnly", "PartyAbsentAtDecision", "ServedOn", "ServiceMethod", "PaidOn",
        "PaidAmount", "ClosedOn", "ArchivedOn", "PublishedOn", "PublicationDuration", "IllegalBusinessVolume", "IllegalIncome", "SalesAmount",
        "UnsoldGoodsValue", "DirectLoss", "LabelCount", "MarkCount", "RepeatWithinTwoYears", "RepeatWithinFiveYears", "IsServiceMark");

    private static readonly TableSpec CasePartiesTable = new("CaseParties", "Id", "CaseId", "PartyId", "Role");
    private static readonly TableSpec CaseRightsTable = new("CaseRights", "Id", "CaseId", "Kind", "Number", "NiceClass", "Name", "Holder");
    private static readonly TableSpec CaseOfficersTable = new("CaseOfficers", "Id", "CaseId", "OfficerId", "IsLead");
    private static readonly TableSpec CasePausesTable = new("CasePauses", "Id", "CaseId", "Kind", "Reason", "PausedOn", "ResumedOn");
    private static readonly TableSpec CaseEventsTable = new("CaseEvents", "Id", "CaseId", "At", "ActorId", "ActorName", "Action", "Title", "Comment", "Changes");
    private static readonly TableSpec CaseApprovalsTable = new("CaseApprovals", "Id", "CaseId", "OrgUnitId", "Kind", "Action", "Payload",
        "RequiredPermission", "Status", "RequestedById", "RequestedByName", "RequestedAt", "RequestComment", "DecidedById", "DecidedByName",
        "DecidedAt", "DecisionComment", "Version");

    private static readonly TableSpec NotificationsTable = new("Notifications", "Id", "UserId", "Title", "Body", "Link", "CreatedAt", "ReadAt", "DedupKey");

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly string[] ClosedStatuses =
        [nameof(PenaltyCaseStatus.NotFiled), nameof(PenaltyCaseStatus.Closed), nameof(PenaltyCaseStatus.Archived)];

    private readonly Dictionary<string, long> nextId = reference.MaxIds.ToDictionary(p => p.Key, p => p.Value + 1);
    private readonly Dictionary<int, int> lastSequence = new(reference.CounterByYear);
    private readonly Timeline timeline = new(reference.Calendar, options.Today,
        reference.Number("Cases.HearingThresholdPerson", 10_000), reference.Number("Cases.HearingThresholdOrganisation", 100_000));
    private readonly NextDeadline.Options clockOptions = new(reference.Number("Cases.ArchiveWorkingDays", 15), reference.Flag("Cases.CounterfeitPatentClockIsHardLimit"));

    private readonly List<Notification> notifications = [];
    private readonly DateTime now = DateTime.UtcNow;
    private DateOnly reminderWindow;
    private PartyPools parties = null!;
    private CaseContent content = null!;
    private long rows;
    private long firstCaseId;

    public long FirstCaseId => firstCaseId;
    private DateOnly Today => options.Today;
    private Zhibao.Domain.Calendar.WorkingCalendar Calendar => reference.Calendar;
    public long LastCaseId => nextId["Cases"] - 1;

    public void Run()
    {
        var total = Stopwatch.StartNew();
        content = new CaseContent(reference);
        reminderWindow = options.Reminders ? reference.Calendar.AddWorkingDays(options.Today, reference.Number("Reminders.DaysBeforeDeadline", 3)) : DateOnly.MinValue;
        parties = WriteParties();

        // Plan: each case's status and lead date, so ids can follow the lead date.
        var plan = Stopwatch.StartNew();
        var n = options.Cases;
        var statuses = new PenaltyCaseStatus[n];
        var leads = new int[n];
        var seeds = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            var r = new Rng(Rng.Mix(options.Seed, (ulong)i));
            statuses[i] = Timeline.Statuses[r.Weighted(Timeline.StatusWeights)];
            seeds[i] = r.Next();
            leads[i] = timeline.Place(seeds[i], statuses[i], out _).ReceivedOn.DayNumber;
        }
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(leads, order);
        Console.WriteLine($"planned {n:N0} cases in {plan.Elapsed.TotalSeconds:F1} s");

        var write = Stopwatch.StartNew();
        firstCaseId = nextId["Cases"];
        var batch = new List<(PenaltyCase Case, TimelineExtras Extras)>(options.BatchSize);
        TimeSpan generating = default, inserting = default;
        for (var start = 0; start < n; start += options.BatchSize)
        {
            batch.Clear();
            notifications.Clear();
            var end = Math.Min(n, start + options.BatchSize);
            var fill = Stopwatch.StartNew();
            for (var k = start; k < end; k++)
            {
                var i = order[k];
                var c = timeline.Place(seeds[i], statuses[i], out var extras);
                Fill(c, extras, seeds[i]);
                batch.Add((c, extras));
            }
            generating += fill.Elapsed;
            var insert = Stopwatch.StartNew();
            WriteBatch(batch);
            inserting += insert.Elapsed;
            var seconds = write.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cases {end,9:N0}/{n:N0}  rows {rows,12:N0}  {rows / seconds,9:N0} rows/s  {end / seconds,7:N0} cases/s  (generating {generating.TotalSeconds:F1} s, inserting {inserting.TotalSeconds:F1} s)"));
        }

        db.BeginBatch();
        reference.SaveCounters(db, lastSequence.Where(p => !reference.CounterByYear.TryGetValue(p.Key, out var before) || before != p.Value)
            .ToDictionary(p => p.Key, p => p.Value), reference.CounterByYear);
        db.CommitBatch();
        var loadSeconds = total.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"inserted {rows:N0} rows ({n:N0} cases, ids {firstCaseId}–{LastCaseId}) in {loadSeconds:F1} s: {rows / loadSeconds:N0} rows/s overall"));
        var finish = Stopwatch.StartNew();
        db.Finish(Reference.IdTables, options.Analyze);
        Console.WriteLine($"finished (sequences{(options.Analyze ? ", statistics" : "")}) in {finish.Elapsed.TotalSeconds:F1} s");
    }

    private long NextId(string table) => nextId[table]++;

    private PartyPools WriteParties()
    {
        var sw = Stopwatch.StartNew();
        var enterprises = Math.Max(200, options.Cases / 5);
        var persons = Math.Max(50, options.Cases / 40);
        var pools = new PartyPools();
        var r = new Rng(Rng.Mix(options.Seed, 0xBA57));
        var createdAt = DateTime.SpecifyKind(Timeline.Earliest.ToDateTime(new TimeOnly(1, 30)), DateTimeKind.Utc);
        long code = reference.MaxIds["Parties"] * 3;
        string Unique(Func<long, string> make)
        {
            while (true)
            {
                var value = make(code++);
                if (reference.ExistingIdentifiers.Add(value))
                {
                    return value;
                }
            }
        }

        db.BeginBatch();
        using (var w = db.Writer(PartiesTable))
        {
            int Party(PartyKind kind, string name, string? credit, string? resident, string? legal, string industry, ref Rng rr)
            {
                var id = (int)NextId("Parties");
                w.Begin();
                w.Int(id);
                w.Text(kind.ToString());
                w.Text(name);
                w.Text(credit);
                w.Text(resident);
                w.Text(legal);
                w.Text(Names.Address(ref rr));
                w.Text(Names.Phone(ref rr));
                w.Text(industry);
                w.Instant(createdAt);
                w.Int(0);
                w.End();
                rows++;
                return id;
            }

            // Rights holders: one company per mark, the 权利人 of the trademark cases.
            for (var m = 0; m < Names.Marks.Length; m++)
            {
                var name = $"{Names.Marks[m]}（天津）{(m % 3 == 0 ? "集团" : "")}{Names.Industries[m % Names.Industries.Length].Word}有限公司";
                var id = Party(PartyKind.Enterprise, name, Unique(k => Names.CreditCode(k, false)), null, Names.PersonName(ref r),
                    Names.Industries[m % Names.Industries.Length].Industry, ref r);
                pools.Holders.Add((id, name));
            }
            for (var k = 0; k < enterprises; k++)
            {
                var (name, industry, individual) = Names.EnterpriseName(k, ref r);
                var id = Party(PartyKind.Enterprise, name, Unique(c => Names.CreditCode(c, individual)), null, Names.PersonName(ref r), industry, ref r);
                pools.Enterprises.Add((id, name));
            }
            for (var k = 0; k < persons; k++)
            {
                var name = Names.PersonName(ref r);
                var id = Party(PartyKind.Person, name, null, Unique(Names.ResidentId), null, "个人", ref r);
                pools.Persons.Add((id, name));
            }
            w.Complete();
        }
        db.CommitBatch();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parties: {pools.Holders.Count + pools.Enterprises.Count + pools.Persons.Count:N0} in {sw.Elapsed.TotalSeconds:F1} s"));
        return pools;
    }

    /// <summary>Everything besides the dates: unit, subject, parties, right, officers, title, number, history, approvals.</summary>
    private void Fill(PenaltyCase c, TimelineExtras x, ulong seed)
    {
        var r = new Rng(Rng.Mix(seed, 2));
        var status = Enum.Parse<PenaltyCaseStatus>(c.Status);
        c.Id = (int)NextId("Cases");
        c.Kind = CaseKind.Penalty;
        var unit = content.PickUnit(ref r);
        c.OrgUnitId = unit.Id;
        c.Subject = content.PickSubject(ref r);
        c.Source = content.PickSource(ref r);
        c.KeySector = r.Chance(0.45) ? r.Pick(content.Sectors) : null;
        c.IsDifficult = r.Chance(0.005);

        var respondent = x.PersonRespondent ? parties.PickPerson(ref r) : parties.PickEnterprise(ref r);
        c.Parties.Add(new CaseParty { Id = (int)NextId("CaseParties"), CaseId = c.Id, PartyId = respondent.Id, Role = CasePartyRole.Respondent });
        var right = CaseContent.Right(c.Subject, ref r, out var markIndex, out var goods);
        right.Id = (int)NextId("CaseRights");
        right.CaseId = c.Id;
        c.Rights.Add(right);
        if (right.Kind == RightKind.Trademark && markIndex >= 0 && r.Chance(0.4))
        {
            c.Parties.Add(new CaseParty { Id = (int)NextId("CaseParties"), CaseId = c.Id, PartyId = parties.Holders[markIndex].Id, Role = CasePartyRole.RightsHolder });
        }
        else if (c.Source is "投诉" or "举报" && r.Chance(0.5))
        {
            var complainant = parties.PickPerson(ref r);
            if (complainant.Id != respondent.Id)
            {
                c.Parties.Add(new CaseParty { Id = (int)NextId("CaseParties"), CaseId = c.Id, PartyId = complainant.Id, Role = CasePartyRole.Complainant });
            }
        }

        c.Title = CaseContent.Title(c.Subject, respondent.Name, right, goods, ref r);
        c.Summary = CaseContent.Summary(c, respondent.Name, right, goods, status);
        var officers = content.PickOfficers(unit, c.FiledOn ?? c.ReceivedOn, ref r);
        for (var i = 0; i < officers.Count; i++)
        {
            c.Officers.Add(new CaseOfficer { Id = (int)NextId("CaseOfficers"), CaseId = c.Id, OfficerId = officers[i].Id, IsLead = i == 0 });
        }
        if (c.FiledOn is { } filed)
        {
            var year = filed.Year;
            string number;
            do
            {
                lastSequence[year] = lastSequence.GetValueOrDefault(year) + 1;
                number = CaseNumberPattern.Format(reference.NumberPattern, year, lastSequence[year]);
            }
            while (reference.ExistingCaseNumbers.Contains(number));
            c.CaseNumber = number;
        }
        if (c.FiledOn is not null && right.Kind == RightKind.Trademark && r.Chance(0.7))
        {
            var volume = Math.Round((decimal)Math.Exp(Math.Log(2_000) + r.Unit() * (Math.Log(900_000) - Math.Log(2_000))), 2);
            c.IllegalBusinessVolume = volume;
            c.IllegalIncome = Math.Round(volume * 0.2m, 2);
            c.SalesAmount = Math.Round(volume * 0.8m, 2);
            c.UnsoldGoodsValue = Math.Round(volume * 0.2m, 2);
            c.MarkCount = 1;
            c.RepeatWithinTwoYears = r.Chance(0.02);
            c.RepeatWithinFiveYears = c.RepeatWithinTwoYears || r.Chance(0.02);
        }
        if (c.Outcome is { } outcome)
        {
            c.DecisionContent = outcome switch
            {
                DecisionOutcome.Penalty when c.WarningOnly => "警告",
                DecisionOutcome.Penalty => (c.ConfiscatedAmount is { } conf ? $"没收侵权商品，没收违法所得{conf:0.##}元，" : "没收侵权商品，")
                    + $"罚款{c.FineAmount:0.##}元",
                DecisionOutcome.NoPenalty => "违法行为轻微并及时改正，没有造成危害后果，不予行政处罚",
                DecisionOutcome.TransferToJudiciary => "涉嫌犯罪，移送天津市公安局北辰分局",
                _ => "移送北辰区文化市场综合执法支队处理",
            };
        }

        var (due, name) = NextDeadline.Of(c, reference.Calendar, clockOptions);
        c.NextDueOn = due;
        c.NextDueName = name;
        new History(this, c, x, officers, status, Rng.Mix(seed, 3)).Write();
        c.CreatedAt = c.Events[0].At;
        c.CreatedById = officers[0].UserId ?? 0;
        c.UpdatedAt = c.Events[^1].At;
        c.Version = c.Events.Count;
        Remind(c, officers, ref r);
    }

    /// <summary>
    /// The 站内信 the app's hourly DeadlineReminders job would already have sent for the case's current deadline (same
    /// dedup key, title and body), so that the app starting on the generated database does not write them all at once;
    /// most overdue notices have been read.
    /// </summary>
    private void Remind(PenaltyCase c, List<OfficerRow> officers, ref Rng r)
    {
        if (c.NextDueOn is not { } dueOn || dueOn > reminderWindow || ClosedStatuses.Contains(c.Status) || c.IsPaused)
        {
            return;
        }
        var today = options.Today;
        var (stage, text) = dueOn < today ? ("overdue", "已逾期") : dueOn == today ? ("today", "今日到期") : ("soon", $"将于{dueOn:yyyy-MM-dd}到期");
        var sent = dueOn < today ? dueOn.AddDays(1) : today;
        foreach (var userId in officers.Where(o => o.UserId is not null).Select(o => o.UserId!.Value).Distinct())
        {
            var at = DateTime.SpecifyKind(sent.ToDateTime(new TimeOnly(0, 5)).AddMinutes(r.Int(0, 60)), DateTimeKind.Utc);
            at = at > now ? now : at;
            DateTime? readAt = null;
            if (stage == "overdue" && r.Chance(0.7))
            {
                var read = at.AddHours(r.Int(1, 48));
                readAt = read < now ? read : now;
            }
            notifications.Add(new Notification
            {
                Id = NextId("Notifications"), UserId = userId, DedupKey = $"case:{c.Id}:{c.NextDueName}:{dueOn:yyyyMMdd}:{stage}:{userId}",
                CreatedAt = at, ReadAt = readAt,
                Link = $"/cases/{c.Id}", Title = $"{c.NextDueName}{text}：{c.CaseNumber ?? c.Title}",
                Body = $"《{c.Title}》的{c.NextDueName}期限为{dueOn:yyyy-MM-dd}。",
            });
        }
    }

    private void WriteBatch(List<(PenaltyCase Case, TimelineExtras Extras)> batch)
    {
        db.BeginBatch();
        using (var w = db.Writer(CasesTable))
        {
            foreach (var (c, _) in batch)
            {
                WriteCase(w, c);
            }
            w.Complete();
        }
        Write(CasePartiesTable, batch.SelectMany(b => b.Case.Parties), (w, p) =>
        {
            w.Int(p.Id);
            w.Int(p.CaseId);
            w.Int(p.PartyId);
            w.Text(p.Role.ToString());
        });
        Write(CaseRightsTable, batch.SelectMany(b => b.Case.Rights), (w, p) =>
        {
            w.Int(p.Id);
            w.Int(p.CaseId);
            w.Text(p.Kind.ToString());
            w.Text(p.Number);
            w.IntN(p.NiceClass);
            w.Text(p.Name);
            w.Text(p.Holder);
        });
        Write(CaseOfficersTable, batch.SelectMany(b => b.Case.Officers), (w, p) =>
        {
            w.Int(p.Id);
            w.Int(p.CaseId);
            w.Int(p.OfficerId);
            w.Bool(p.IsLead);
        });
        Write(CasePausesTable, batch.SelectMany(b => b.Case.Pauses), (w, p) =>
        {
            w.Int(p.Id);
            w.Int(p.CaseId);
            w.Text(p.Kind);
            w.Text(p.Reason);
            w.Date(p.PausedOn);
            w.Date(p.ResumedOn);
        });
        Write(CaseEventsTable, batch.SelectMany(b => b.Case.Events), (w, e) =>
        {
            w.Long(e.Id);
            w.Int(e.CaseId);
            w.Instant(e.At);
            w.IntN(e.ActorId);
            w.Text(e.ActorName);
            w.Text(e.Action);
            w.Text(e.Title);
            w.Text(e.Comment);
            w.Text(e.Changes);
        });
        Write(CaseApprovalsTable, batch.SelectMany(b => b.Case.Approvals), (w, a) =>
        {
            w.Int(a.Id);
            w.Int(a.CaseId);
            w.Int(a.OrgUnitId);
            w.Text(a.Kind.ToString());
            w.Text(a.Action);
            w.Text(a.Payload);
            w.Text(a.RequiredPermission);
            w.Text(a.Status.ToString());
            w.Int(a.RequestedById);
            w.Text(a.RequestedByName);
            w.Instant(a.RequestedAt);
            w.Text(a.RequestComment);
            w.IntN(a.DecidedById);
            w.Text(a.DecidedByName);
            w.Instant(a.DecidedAt);
            w.Text(a.DecisionComment);
            w.Int(a.Version);
        });
        Write(NotificationsTable, notifications, (w, n) =>
        {
            w.Long(n.Id);
            w.Int(n.UserId);
            w.Text(n.Title);
            w.Text(n.Body);
            w.Text(n.Link);
            w.Instant(n.CreatedAt);
            w.Instant(n.ReadAt);
            w.Text(n.DedupKey);
        });
        db.CommitBatch();
    }

    private void Write<T>(TableSpec table, IEnumerable<T> items, Action<IRowWriter, T> row)
    {
        using var w = db.Writer(table);
        foreach (var item in items)
        {
            w.Begin();
            row(w, item);
            w.End();
            rows++;
        }
        w.Complete();
    }

    private void WriteCase(IRowWriter w, PenaltyCase c)
    {
        w.Begin();
        w.Int(c.Id);
        w.Text(c.Kind.ToString());
        w.Text(c.CaseNumber);
        w.Text(c.Title);
        w.Text(c.Subject);
        w.Text(c.Source);
        w.Text(c.KeySector);
        w.Text(c.Summary);
        w.Int(c.OrgUnitId);
        w.Text(c.Status);
        w.Bool(c.IsPaused);
        w.Date(c.NextDueOn);
        w.Text(c.NextDueName);
        w.Bool(c.IsDifficult);
        w.Instant(c.CreatedAt);
        w.Int(c.CreatedById);
        w.Instant(c.UpdatedAt);
        w.Int(c.Version);
        w.Date(c.ReceivedOn);
        w.Date(c.FiledOn);
        w.Date(c.NotFiledOn);
        w.Int(c.VerificationExtensions);
        w.Int(c.DecisionExtensions);
        w.Date(c.CollectiveDecisionDueOn);
        w.Date(c.ReviewSubmittedOn);
        w.Date(c.ReviewedOn);
        w.Date(c.NotifiedOn);
        w.Bool(c.HearingRightNotified);
        w.Date(c.HearingRequestedOn);
        w.Date(c.HearingOn);
        w.Date(c.DecidedOn);
        w.Text(c.Outcome?.ToString());
        w.Text(c.DecisionContent);
        w.Money(c.FineAmount);
        w.Money(c.ConfiscatedAmount);
        w.Bool(c.WarningOnly);
        w.Bool(c.PartyAbsentAtDecision);
        w.Date(c.ServedOn);
        w.Text(c.ServiceMethod);
        w.Date(c.PaidOn);
        w.Money(c.PaidAmount);
        w.Date(c.ClosedOn);
        w.Date(c.ArchivedOn);
        w.Date(c.PublishedOn);
        w.Text(c.PublicationDuration);
        w.Money(c.IllegalBusinessVolume);
        w.Money(c.IllegalIncome);
        w.Money(c.SalesAmount);
        w.Money(c.UnsoldGoodsValue);
        w.Money(c.DirectLoss);
        w.IntN(c.LabelCount);
        w.IntN(c.MarkCount);
        w.Bool(c.RepeatWithinTwoYears);
        w.Bool(c.RepeatWithinFiveYears);
        w.Bool(c.IsServiceMark);
        w.End();
        rows++;
    }

    /// <summary>The 流程记录 and 审批 rows of one case, in time order, as the app's actions write them.</summary>
    private sealed class History(Generator g, PenaltyCase c, TimelineExtras x, List<OfficerRow> officers, PenaltyCaseStatus status, ulong seed)
    {
        private readonly List<(DateOnly Day, CaseEvent Event, CaseApproval? Approval, DateOnly RequestedOn)> items = [];
        private Rng r = new(seed);

        private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>An office-hours instant on <paramref name="day"/> (China time), stored as UTC.</summary>
        private DateTime At(DateOnly day)
        {
            var at = DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(8, 30)).AddMinutes(r.Int(0, 540)) - China, DateTimeKind.Utc);
            return at < g.now ? at : g.now.AddMinutes(-r.Int(10, 120));
        }

        private (int? Id, string Name) Officer => (officers[0].UserId, officers[0].ActorName);

        private void Event(DateOnly day, (int? Id, string Name) actor, string action, string title, string? comment = null,
            CaseApproval? approval = null, DateOnly requestedOn = default) =>
            items.Add((day, new CaseEvent { CaseId = c.Id, ActorId = actor.Id, ActorName = actor.Name, Action = action, Title = title, Comment = comment },
                approval, requestedOn));

        private CaseApproval Approval(ApprovalKind kind, string action, string payload, ApprovalStatus status) => new()
        {
            CaseId = c.Id, OrgUnitId = c.OrgUnitId, Kind = kind, Action = action, Payload = payload,
            RequiredPermission = Reference.ApproverPermission(kind == ApprovalKind.LegalReview), Status = status,
            RequestedById = officers[0].UserId ?? 0, RequestedByName = officers[0].ActorName,
            Version = status == ApprovalStatus.Pending ? 0 : 1,
        };

        /// <summary>An action that needs an approval: the approver's decision carries it out (one event, by the approver).</summary>
        private void Approved(DateOnly requested, DateOnly decided, ApprovalKind kind, string action, string payload, string title, string? note = null)
        {
            var approver = g.content.Approver(kind);
            var approval = Approval(kind, action, payload, ApprovalStatus.Approved);
            approval.DecidedById = approver.Id;
            approval.DecidedByName = approver.Name;
            approval.DecisionComment = "同意";
            Event(decided, approver, action, title, note is null ? "审批意见：同意" : $"{note}；审批意见：同意", approval, requested);
        }

        private void Pending(DateOnly requested, ApprovalKind kind, string action, string payload, string title)
        {
            var day = requested > g.Today ? g.Today : requested;
            Event(day, Officer, action, $"提交{PenaltyWorkflow.Name(kind)}：{title}", null, Approval(kind, action, payload, ApprovalStatus.Pending), day);
        }

        public void Write()
        {
            Collect();
            // In time order, ids ascending with time (the history is read ordered by id).
            var ordered = items.Select((item, i) => (item, i)).OrderBy(p => p.item.Day).ThenBy(p => p.i).Select(p => p.item);
            var last = DateTime.MinValue;
            foreach (var (day, e, approval, requestedOn) in ordered)
            {
                var at = At(day);
                if (at <= last)
                {
                    at = last.AddMinutes(r.Int(1, 20));
                }
                last = at;
                e.At = at;
                e.Id = g.NextId("CaseEvents");
                c.Events.Add(e);
                if (approval is null)
                {
                    continue;
                }
                approval.Id = (int)g.NextId("CaseApprovals");
                if (approval.Status == ApprovalStatus.Pending)
                {
                    approval.RequestedAt = at;
                }
                else
                {
                    var requestedAt = At(requestedOn);
                    approval.RequestedAt = requestedAt < at ? requestedAt : at.AddMinutes(-r.Int(5, 90));
                    approval.DecidedAt = at;
                }
                c.Approvals.Add(approval);
            }
            foreach (var p in c.Pauses)
            {
                p.Id = (int)g.NextId("CasePauses");
                p.CaseId = c.Id;
            }
        }

        private void Collect()
        {
            var calendar = g.Calendar;
            var lead = c.ReceivedOn;
            Event(lead, Officer, "register", "登记线索", $"来源：{c.Source}；违法类型：{c.Subject}");
            if (c.VerificationExtensions > 0)
            {
                var on = calendar.AddWorkingDays(lead, 10);
                Approved(on, on, ApprovalKind.Extension, "extend", "{\"reason\":\"需进一步核查涉案商品来源\"}", "延长立案审查期限15个工作日", "需进一步核查涉案商品来源");
            }
            var officerIds = string.Join(",", officers.Select(o => o.Id));
            if (status == PenaltyCaseStatus.Lead)
            {
                if (x.PendingApproval)
                {
                    Pending(calendar.AddWorkingDays(lead, r.Int(1, 8)), ApprovalKind.Filing, "file", $"{{\"officerIds\":[{officerIds}]}}", "立案");
                }
                return;
            }
            if (c.NotFiledOn is { } notFiled)
            {
                const string reason = "违法事实不能成立（《市场监督管理行政处罚程序规定》第二十条）";
                Approved(notFiled, notFiled, ApprovalKind.NotFiling, "decline", $"{{\"notFiledOn\":\"{D(notFiled)}\",\"reason\":\"{reason}\"}}", "不予立案", reason);
                return;
            }
            var filed = c.FiledOn!.Value;
            Approved(filed, filed, ApprovalKind.Filing, "file", $"{{\"filedOn\":\"{D(filed)}\",\"officerIds\":[{officerIds}]}}",
                $"立案（{c.CaseNumber}）", $"立案日期{D(filed)}；办案人员：{string.Join("、", officers.Select(o => o.Name))}");
            foreach (var p in c.Pauses.Where(p => p.Kind != "听证"))
            {
                Event(p.PausedOn, Officer, "pause", $"暂停计时（{p.Kind}）", $"自{D(p.PausedOn)}起暂停：{p.Reason}");
                if (p.ResumedOn is { } resumed)
                {
                    Event(resumed, Officer, "resume", $"恢复计时（{p.Kind}）", $"{D(p.PausedOn)}至{D(resumed)}（不含）不计入期限");
                }
            }
            if (c.DecisionExtensions > 0)
            {
                var on = filed.AddDays(80);
                on = c.DecidedOn is { } dd && on > dd ? dd : on > g.Today ? g.Today : on;
                Approved(on, on, ApprovalKind.Extension, "extend", "{\"reason\":\"案情复杂，需延长办案期限\"}", "延长处罚决定期限30日", "案情复杂，需延长办案期限");
            }
            if (c.ReviewSubmittedOn is { } submitted)
            {
                if (c.ReviewedOn is { } reviewed)
                {
                    Approved(submitted, reviewed, ApprovalKind.LegalReview, "review", $"{{\"reviewedOn\":\"{D(reviewed)}\"}}", "案件审核通过");
                }
                else
                {
                    Pending(submitted, ApprovalKind.LegalReview, "review", "{}", "案件审核通过");
                }
            }
            if (c.NotifiedOn is { } notified)
            {
                Event(notified, Officer, "notify", "送达行政处罚告知书",
                    $"陈述、申辩期限至{D(calendar.AddWorkingDays(notified, 5))}；拟罚款{x.ProposedFine:0.##}元，"
                    + (c.HearingRightNotified ? "达到听证较大数额，告知听证权利" : "未达到听证较大数额"));
            }
            foreach (var p in c.Pauses.Where(p => p.Kind == "听证"))
            {
                Event(p.PausedOn, Officer, "request-hearing", "当事人申请听证", c.HearingOn is { } h ? $"听证日期{D(h)}" : null);
                if (p.ResumedOn is not null && c.HearingOn is { } held)
                {
                    Event(held, Officer, "end-hearing", "听证结束", "当事人到场陈述申辩，听证主持人提出处理意见");
                }
            }
            if (c.DecidedOn is not { } decided)
            {
                return;
            }
            if (c.CollectiveDecisionDueOn is { } collective)
            {
                var on = filed.AddDays(115) < decided ? filed.AddDays(115) : decided;
                Approved(on, on, ApprovalKind.Extension, "extend", $"{{\"newDueOn\":\"{D(collective)}\"}}",
                    $"经负责人集体讨论延长处罚决定期限至{D(collective)}", "案情重大复杂，经负责人集体讨论");
            }
            var outcome = c.Outcome!.Value;
            Approved(decided, decided, ApprovalKind.Decision, "decide",
                $"{{\"decidedOn\":\"{D(decided)}\",\"outcome\":{(int)outcome}{(c.FineAmount is { } f ? $",\"fineAmount\":{f:0.##}" : "")}}}",
                $"作出决定：{PenaltyWorkflow.Name(outcome)}" + (c.FineAmount is { } fine ? $"，罚款{fine:#,0.##}元" : ""),
                c.PartyAbsentAtDecision ? "当事人不在场，须于7个工作日内送达"
                : outcome is DecisionOutcome.Penalty or DecisionOutcome.NoPenalty ? "当事人在场，当场交付决定书" : null);
            if (c.PartyAbsentAtDecision && c.ServedOn is { } served)
            {
                Event(served, Officer, "serve", $"送达行政处罚决定书（{c.ServiceMethod}）");
            }
            if (c.PaidOn is { } paid)
            {
                Event(paid, Officer, "record-payment", $"登记缴款{c.PaidAmount:#,0.##}元", "按期缴纳");
            }
            if (c.PublishedOn is { } published)
            {
                Event(published, Officer, "publish", "在国家企业信用信息公示系统公示", $"公示期限{c.PublicationDuration}");
            }
            if (status == PenaltyCaseStatus.Decided && x.PendingApproval)
            {
                Pending(calendar.AddWorkingDays(Timeline.Latest(c, status), 1), ApprovalKind.Closing, "close", "{}", "结案");
            }
            if (c.ClosedOn is { } closed)
            {
                Approved(closed, closed, ApprovalKind.Closing, "close", $"{{\"closedOn\":\"{D(closed)}\"}}", "结案");
            }
            if (c.ArchivedOn is { } archived)
            {
                Event(archived, Officer, "archive", "立卷归档");
            }
        }
    }
}

/// <summary>The parties cases draw from: some respondents recur (repeat offenders), rights holders recur by mark.</summary>
internal sealed class PartyPools
{
    public List<(int Id, string Name)> Holders { get; } = [];
    public List<(int Id, string Name)> Enterprises { get; } = [];
    public List<(int Id, string Name)> Persons { get; } = [];

    public (int Id, string Name) PickEnterprise(ref Rng r) => Pick(Enterprises, ref r);

    public (int Id, string Name) PickPerson(ref Rng r) => Pick(Persons, ref r);

    /// <summary>30 % of picks come from the first 5 % of the pool.</summary>
    private static (int Id, string Name) Pick(List<(int Id, string Name)> pool, ref Rng r) =>
        r.Chance(0.3) ? pool[r.Int(0, Math.Max(0, pool.Count / 20 - 1))] : pool[r.Int(0, pool.Count - 1)];
}
