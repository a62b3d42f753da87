using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Registries;

public sealed record TrainingRow(int Id, string Title, DateOnly HeldOn, decimal Hours, string Organiser, string? Location,
    int Enrolled, int Attended, bool AttendanceRecorded, decimal HoursCredited, int Version);

public sealed record TrainingAttendee(int OfficerId, string Name, string OrgUnitName, bool? Attended, string AttendanceName,
    decimal HoursCredited, string? CertificateNumber);

public sealed record TrainingDetail(TrainingRow Session, IReadOnlyList<TrainingAttendee> Attendees);

/// <summary>A session on an officer's record, with the hours credited to them.</summary>
public sealed record OfficerTraining(int SessionId, string Title, DateOnly HeldOn, string Organiser, bool? Attended, string AttendanceName,
    decimal HoursCredited, string? CertificateNumber);

/// <summary>A session as the plan counts it for some units: their officers who attended, those not recorded yet, the hours credited to them.</summary>
public sealed record TrainingTally(int SessionId, string Title, DateOnly HeldOn, string Organiser, int Attended, int Unrecorded, decimal HoursCredited);

public sealed record TrainingInput(
    [property: Required(ErrorMessage = "请输入培训名称"), StringLength(200, ErrorMessage = "培训名称不超过200个字符")] string? Title,
    [property: Required(ErrorMessage = "请选择培训日期")] DateOnly? HeldOn,
    /// <summary>学时, more than 0 and at most 100, one decimal.</summary>
    [property: Required(ErrorMessage = "请输入学时")] decimal? Hours,
    [property: Required(ErrorMessage = "请输入主办单位"), StringLength(100, ErrorMessage = "主办单位不超过100个字符")] string? Organiser,
    [property: StringLength(200, ErrorMessage = "培训地点不超过200个字符")] string? Location,
    /// <summary>Officers enrolled when the session is scheduled.</summary>
    IReadOnlyList<int>? OfficerIds);

public sealed record EnrolmentInput(IReadOnlyList<int>? OfficerIds);

/// <summary>One officer's attendance: <see cref="Hours"/> defaults to the session's hours when attended, 0 when absent.</summary>
public sealed record AttendanceRecord(int OfficerId, bool Attended, decimal? Hours, string? CertificateNumber);

public sealed record AttendanceInput(IReadOnlyList<AttendanceRecord>? Records);

/// <summary>
/// 业务培训 (CLARIFICATIONS "Training"): sessions are scheduled with their hours, officers enrolled, attendance recorded after
/// the day and the hours credited to each attendee; the officer's record shows their sessions and total hours.
/// Officers are chosen within the caller's data scope.
/// </summary>
public sealed class TrainingRegistry(IDbContextFactory<ZhibaoDb> factory, TimeProvider clock)
{
    public const decimal MaxHours = 100;

    public static string AttendanceName(bool? attended) => attended switch { true => "出勤", false => "缺勤", null => "待登记" };

    public async Task<Page<TrainingRow>> ListAsync(string? keyword, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.TrainingSessions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            var k = keyword.Trim();
            query = query.Where(s => s.Title.Contains(k) || s.Organiser.Contains(k));
        }
        var total = await query.CountAsync(ct);
        var sessions = await query.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Include(s => s.Attendees).ToListAsync(ct);
        return new Page<TrainingRow>(sessions.Select(Row).ToList(), total, page, pageSize);
    }

    private static TrainingRow Row(TrainingSession s) => new(s.Id, s.Title, s.HeldOn, s.Hours, s.Organiser, s.Location, s.Attendees.Count,
        s.Attendees.Count(a => a.Attended == true), s.Attendees.Any(a => a.Attended is not null), s.Attendees.Sum(a => a.HoursCredited), s.Version);

    public async Task<TrainingDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.Attendees).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return null;
        }
        // Officers carry the data-scope filter: attendees from units the caller cannot see are counted, not named.
        var officerIds = session.Attendees.Select(a => a.OfficerId).ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, Unit = o.OrgUnit!.Name }).ToDictionaryAsync(o => o.Id, ct);
        var attendees = session.Attendees.Where(a => officers.ContainsKey(a.OfficerId)).OrderBy(a => officers[a.OfficerId].Unit).ThenBy(a => officers[a.OfficerId].Name)
            .Select(a => new TrainingAttendee(a.OfficerId, officers[a.OfficerId].Name, officers[a.OfficerId].Unit, a.Attended, AttendanceName(a.Attended),
                a.HoursCredited, a.CertificateNumber)).ToList();
        return new TrainingDetail(Row(session), attendees);
    }

    public async Task<(TrainingDetail? Training, FieldErrors Errors)> CreateAsync(TrainingInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (input.Hours is { } hours && (hours <= 0 || hours > MaxHours || decimal.Round(hours, 1) != hours))
        {
            errors.Add(nameof(TrainingInput.Hours), $"学时应大于0、不超过{MaxHours}，最多一位小数");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var officerIds = (input.OfficerIds ?? []).Distinct().ToList();
        await CheckOfficersAsync(db, officerIds, nameof(TrainingInput.OfficerIds), errors, ct);
        if (errors.Any)
        {
            return (null, errors);
        }
        var session = new TrainingSession
        {
            Title = input.Title!.Trim(), HeldOn = input.HeldOn!.Value, Hours = input.Hours!.Value, Organiser = input.Organiser!.Trim(),
            Location = RegistryText.Blank(input.Location), CreatedAt = clock.GetUtcNow().UtcDateTime,
            Attendees = officerIds.Select(o => new TrainingAttendance { OfficerId = o }).ToList(),
        };
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(session.Id, ct), errors);
    }

    /// <summary>Enrols more officers; those already enrolled are left as they are.</summary>
    public async Task<(TrainingDetail? Training, FieldErrors Errors, bool NotFound)> EnrolAsync(int id, EnrolmentInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var session = await db.TrainingSessions.Include(s => s.Attendees).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return (null, new FieldErrors(), true);
        }
        var errors = new FieldErrors();
        var officerIds = (input.OfficerIds ?? []).Distinct().ToList();
        if (officerIds.Count == 0)
        {
            errors.Add(nameof(EnrolmentInput.OfficerIds), "请选择参加培训的执法人员");
        }
        await CheckOfficersAsync(db, officerIds, nameof(EnrolmentInput.OfficerIds), errors, ct);
        if (errors.Any)
        {
            return (null, errors, false);
        }
        foreach (var officerId in officerIds.Where(o => session.Attendees.All(a => a.OfficerId != o)))
        {
            session.Attendees.Add(new TrainingAttendance { OfficerId = officerId });
        }
        await db.SaveChangesAsync(ct);
        return (await GetAsync(id, ct), errors, false);
    }

    /// <summary>
    /// Records attendance after the session: attendees are credited the session's hours (or fewer, for part attendance),
    /// absentees none. An officer not enrolled yet is enrolled. Recording again corrects the earlier record.
    /// </summary>
    public async Task<(TrainingDetail? Training, FieldErrors Errors, bool NotFound)> RecordAttendanceAsync(int id, AttendanceInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var session = await db.TrainingSessions.Include(s => s.Attendees).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return (null, new FieldErrors(), true);
        }
        var errors = new FieldErrors();
        var records = input.Records ?? [];
        const string field = nameof(AttendanceInput.Records);
        if (records.Count == 0)
        {
            errors.Add(field, "请登记至少一名执法人员的出勤情况");
        }
        var today = Clock.Today(clock);
        if (session.HeldOn > today)
        {
            errors.Add(field, $"培训将于{session.HeldOn:yyyy-MM-dd}举行，举行后才能登记出勤");
        }
        if (records.GroupBy(r => r.OfficerId).Any(g => g.Count() > 1))
        {
            errors.Add(field, "同一执法人员只能登记一次");
        }
        foreach (var r in records)
        {
            if (r.Hours is { } h && (h < 0 || h > session.Hours || decimal.Round(h, 1) != h))
            {
                errors.Add(field, $"记入学时应在0到{session.Hours:0.#}之间，最多一位小数");
            }
            if (r.CertificateNumber is { Length: > 50 })
            {
                errors.Add(field, "培训证书编号不超过50个字符");
            }
        }
        await CheckOfficersAsync(db, records.Select(r => r.OfficerId).Distinct().ToList(), field, errors, ct);
        if (errors.Any)
        {
            return (null, errors, false);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in records)
        {
            var attendance = session.Attendees.FirstOrDefault(a => a.OfficerId == r.OfficerId);
            if (attendance is null)
            {
                session.Attendees.Add(attendance = new TrainingAttendance { OfficerId = r.OfficerId });
            }
            attendance.Attended = r.Attended;
            attendance.HoursCredited = r.Attended ? r.Hours ?? session.Hours : 0;
            attendance.CertificateNumber = r.Attended ? RegistryText.Blank(r.CertificateNumber) : null;
            attendance.RecordedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return (await GetAsync(id, ct), errors, false);
    }

    /// <summary>Officers must exist within the caller's data scope (the Officers query filter).</summary>
    private static async Task CheckOfficersAsync(ZhibaoDb db, List<int> officerIds, string field, FieldErrors errors, CancellationToken ct)
    {
        if (officerIds.Count == 0)
        {
            return;
        }
        var found = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        var missing = officerIds.Except(found).ToList();
        if (missing.Count > 0)
        {
            errors.Add(field, $"执法人员（编号{string.Join("、", missing)}）不存在或不在您的数据范围内");
        }
    }

    /// <summary>
    /// The sessions held between <paramref name="from"/> and <paramref name="to"/> that officers of <paramref name="units"/>
    /// took part in (enrolled and not recorded absent), each with how many of them attended and the hours credited to them:
    /// what the plan counts as 业务培训场次 and 学时 (CLARIFICATIONS "Training": the plan counts sessions and hours). Sessions
    /// carry no unit; a session counts for the units whose officers took part.
    /// </summary>
    public static async Task<List<TrainingTally>> HeldAsync(ZhibaoDb db, IReadOnlyCollection<int> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var attendances = await db.TrainingAttendances.AsNoTracking()
            .Where(a => units.Contains(a.Officer!.OrgUnitId) && a.Attended != false && a.TrainingSession!.HeldOn >= from && a.TrainingSession.HeldOn <= to)
            .Select(a => new { a.TrainingSessionId, a.TrainingSession!.Title, a.TrainingSession.HeldOn, a.TrainingSession.Organiser, a.Attended, a.HoursCredited })
            .ToListAsync(ct);
        return attendances.GroupBy(a => a.TrainingSessionId)
            .Select(g => new TrainingTally(g.Key, g.First().Title, g.First().HeldOn, g.First().Organiser, g.Count(a => a.Attended == true),
                g.Count(a => a.Attended is null), g.Sum(a => a.HoursCredited)))
            .OrderBy(t => t.HeldOn).ThenBy(t => t.SessionId).ToList();
    }

    /// <summary>An officer's sessions, newest first, and the total hours credited.</summary>
    internal static async Task<(List<OfficerTraining> Sessions, decimal TotalHours)> OfficerTrainingsAsync(ZhibaoDb db, int officerId, CancellationToken ct)
    {
        var list = await db.TrainingAttendances.AsNoTracking().Where(a => a.OfficerId == officerId)
            .Select(a => new { a.TrainingSessionId, a.TrainingSession!.Title, a.TrainingSession.HeldOn, a.TrainingSession.Organiser, a.Attended, a.HoursCredited, a.CertificateNumber })
            .ToListAsync(ct);
        var sessions = list.OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.TrainingSessionId)
            .Select(a => new OfficerTraining(a.TrainingSessionId, a.Title, a.HeldOn, a.Organiser, a.Attended, AttendanceName(a.Attended), a.HoursCredited, a.CertificateNumber))
            .ToList();
        return (sessions, sessions.Sum(s => s.HoursCredited));
    }
}
