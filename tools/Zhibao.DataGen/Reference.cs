using System.Globalization;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Cases;

namespace Zhibao.DataGen;

internal sealed record UnitRow(int Id, string Code, string Name, OrgUnitKind Kind, string Path);

internal sealed record OfficerRow(int Id, string Name, int OrgUnitId, int? UserId, string? UserName, string ActorName,
    DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public bool ValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && ValidTo is { } to && day <= to;
}

/// <summary>What the generator reads from the migrated, seeded database before writing: units, officers, users,
/// dictionary labels, settings, the calendar, the case-number counters and the highest ids.</summary>
internal sealed class Reference
{
    public required List<UnitRow> Units { get; init; }
    public required int BureauId { get; init; }
    public required List<OfficerRow> Officers { get; init; }
    public required Dictionary<string, (int Id, string Name)> Users { get; init; }
    public required Dictionary<string, List<string>> Dictionaries { get; init; }
    public required Dictionary<string, string> Settings { get; init; }
    public required WorkingCalendar Calendar { get; init; }
    public required Dictionary<int, int> CounterByYear { get; init; }
    public required HashSet<string> ExistingCaseNumbers { get; init; }
    public required HashSet<string> ExistingIdentifiers { get; init; }
    public required Dictionary<string, long> MaxIds { get; init; }

    public string NumberPattern =>
        Settings.TryGetValue("Cases.PenaltyNumberPattern", out var p) && CaseNumberPattern.Validate(p) is null ? p : CaseNumberPattern.Default;

    public int Number(string key, int fallback) =>
        Settings.TryGetValue(key, out var v) && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    public bool Flag(string key) => Settings.TryGetValue(key, out var v) && bool.TryParse(v, out var b) && b;

    public static readonly string[] IdTables =
        ["Parties", "Cases", "CaseParties", "CaseRights", "CaseOfficers", "CasePauses", "CaseEvents", "CaseApprovals", "Notifications"];

    public static Reference Load(BulkTarget db)
    {
        var units = new List<UnitRow>();
        using (var r = db.Command("SELECT \"Id\", \"Code\", \"Name\", \"Kind\", \"Path\" FROM \"OrgUnits\" WHERE \"IsActive\" ORDER BY \"SortOrder\", \"Id\"").ExecuteReader())
        {
            while (r.Read())
            {
                units.Add(new UnitRow(r.GetInt32(0), r.GetString(1), r.GetString(2), Enum.Parse<OrgUnitKind>(r.GetString(3)), r.GetString(4)));
            }
        }
        var bureau = units.FirstOrDefault(u => u.Kind == OrgUnitKind.Bureau)
            ?? throw new InvalidOperationException("数据库中没有区局（OrgUnits.Kind = Bureau）：请先启动一次应用，完成迁移和种子数据");

        var users = new Dictionary<string, (int, string)>(StringComparer.OrdinalIgnoreCase);
        using (var r = db.Command("SELECT \"Id\", \"UserName\", \"DisplayName\" FROM \"AspNetUsers\"").ExecuteReader())
        {
            while (r.Read())
            {
                users[r.GetString(1)] = (r.GetInt32(0), r.GetString(2));
            }
        }

        var officers = new List<OfficerRow>();
        using (var r = db.Command("SELECT o.\"Id\", o.\"Name\", o.\"OrgUnitId\", o.\"UserId\", o.\"CertificateValidFrom\", o.\"CertificateValidTo\", u.\"UserName\", u.\"DisplayName\" "
            + "FROM \"Officers\" o LEFT JOIN \"AspNetUsers\" u ON u.\"Id\" = o.\"UserId\" WHERE o.\"IsActive\" AND o.\"CertificateNumber\" IS NOT NULL ORDER BY o.\"Id\"").ExecuteReader())
        {
            while (r.Read())
            {
                officers.Add(new OfficerRow(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3),
                    r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? r.GetString(1) : r.GetString(7),
                    r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5)));
            }
        }

        var dictionaries = new Dictionary<string, List<string>>();
        using (var r = db.Command("SELECT t.\"Code\", i.\"Label\" FROM \"DictionaryItems\" i JOIN \"DictionaryTypes\" t ON t.\"Id\" = i.\"DictionaryTypeId\" "
            + "WHERE i.\"IsActive\" ORDER BY t.\"Code\", i.\"SortOrder\"").ExecuteReader())
        {
            while (r.Read())
            {
                var code = r.GetString(0);
                if (!dictionaries.TryGetValue(code, out var list))
                {
                    dictionaries[code] = list = [];
                }
                list.Add(r.GetString(1));
            }
        }

        var settings = new Dictionary<string, string>();
        using (var r = db.Command("SELECT \"Key\", \"Value\" FROM \"Settings\"").ExecuteReader())
        {
            while (r.Read())
            {
                settings[r.GetString(0)] = r.GetString(1);
            }
        }

        var days = new List<CalendarEntry>();
        using (var r = db.Command("SELECT \"Date\", \"Kind\", \"Name\" FROM \"CalendarDays\"").ExecuteReader())
        {
            while (r.Read())
            {
                days.Add(new CalendarEntry(r.GetFieldValue<DateOnly>(0), Enum.Parse<CalendarEntryKind>(r.GetString(1)), r.GetString(2)));
            }
        }
        var years = new List<int>();
        using (var r = db.Command("SELECT \"Year\" FROM \"CalendarYears\"").ExecuteReader())
        {
            while (r.Read())
            {
                years.Add(r.GetInt32(0));
            }
        }

        var counters = new Dictionary<int, int>();
        using (var r = db.Command($"SELECT \"Year\", \"LastSequence\" FROM \"CaseNumberCounters\" WHERE \"BureauId\" = {bureau.Id} AND \"Kind\" = 'Penalty'").ExecuteReader())
        {
            while (r.Read())
            {
                counters[r.GetInt32(0)] = r.GetInt32(1);
            }
        }

        var numbers = new HashSet<string>(StringComparer.Ordinal);
        using (var r = db.Command("SELECT \"CaseNumber\" FROM \"Cases\" WHERE \"CaseNumber\" IS NOT NULL").ExecuteReader())
        {
            while (r.Read())
            {
                numbers.Add(r.GetString(0));
            }
        }

        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        using (var r = db.Command("SELECT \"UnifiedSocialCreditCode\", \"ResidentIdNumber\" FROM \"Parties\"").ExecuteReader())
        {
            while (r.Read())
            {
                for (var i = 0; i < 2; i++)
                {
                    if (!r.IsDBNull(i))
                    {
                        identifiers.Add(r.GetString(i));
                    }
                }
            }
        }

        var maxIds = IdTables.ToDictionary(t => t, t => db.Scalar<long>($"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{t}\""));

        return new Reference
        {
            Units = units, BureauId = bureau.Id, Officers = officers, Users = users, Dictionaries = dictionaries, Settings = settings,
            Calendar = new WorkingCalendar(days, years), CounterByYear = counters, ExistingCaseNumbers = numbers,
            ExistingIdentifiers = identifiers, MaxIds = maxIds,
        };
    }

    /// <summary>Saves the last sequence used per year, so the app's next 立案 continues after the generated numbers.</summary>
    public void SaveCounters(BulkTarget db, IReadOnlyDictionary<int, int> lastByYear, IReadOnlyDictionary<int, int> before)
    {
        foreach (var (year, last) in lastByYear)
        {
            if (before.ContainsKey(year))
            {
                db.Execute($"UPDATE \"CaseNumberCounters\" SET \"LastSequence\" = {last}, \"Version\" = \"Version\" + 1 "
                    + $"WHERE \"BureauId\" = {BureauId} AND \"Kind\" = 'Penalty' AND \"Year\" = {year}");
            }
            else
            {
                db.Execute("INSERT INTO \"CaseNumberCounters\" (\"BureauId\", \"Kind\", \"Year\", \"LastSequence\", \"Version\") "
                    + $"VALUES ({BureauId}, 'Penalty', {year}, {last}, 0)");
            }
        }
    }

    public static string ApproverPermission(bool legalReview) => legalReview ? Permissions.CaseLegalReview : Permissions.CaseApprove;
}
