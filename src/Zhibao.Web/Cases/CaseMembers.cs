using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Cases;

public sealed record CaseOfficersInput(IReadOnlyList<int>? OfficerIds, int? Version);

/// <summary>
/// Parties, rights and officers of a case after registration: each change is checked like at registration, recorded
/// in the history, and refused once the case is over (不予立案, 结案, 归档).
/// </summary>
public sealed class CaseMembers(IDbContextFactory<ZhibaoDb> factory, CaseService cases, CaseKinds kinds, TimeProvider clock)
{

    public Task<ActionResult> AddPartyAsync(int id, CasePartyInput input, CancellationToken ct) => ChangeAsync(id, null, async (db, c, errors) =>
    {
        var added = await CaseService.CheckPartiesAsync(db, [input], errors, ct);
        if (c.Parties.Any(p => p.PartyId == input.PartyId && p.Role == input.Role))
        {
            errors.Add("partyId", "该当事人已在本案中");
        }
        if (errors.Any)
        {
            return null;
        }
        c.Parties.AddRange(added);
        var name = await db.Parties.Where(p => p.Id == input.PartyId).Select(p => p.Name).SingleAsync(ct);
        return $"添加{CaseService.RoleName(input.Role, c.Kind)}：{name}";
    }, ct);

    public Task<ActionResult> RemovePartyAsync(int id, int casePartyId, CancellationToken ct) => ChangeAsync(id, null, (db, c, errors) =>
    {
        var row = c.Parties.FirstOrDefault(p => p.Id == casePartyId);
        if (row is null)
        {
            errors.Add("id", "本案没有该当事人");
            return Task.FromResult<string?>(null);
        }
        c.Parties.Remove(row);
        return Task.FromResult<string?>($"移除{CaseService.RoleName(row.Role, c.Kind)}：{row.Party?.Name}");
    }, ct);

    public Task<ActionResult> AddRightAsync(int id, CaseRightInput input, CancellationToken ct) => ChangeAsync(id, null, async (db, c, errors) =>
    {
        var rights = CaseService.CheckRights([input], errors);
        await Registries.ProtectedMarkRegistry.LinkRightsAsync(db, rights, errors, ct);
        if (errors.Any)
        {
            return null;
        }
        c.Rights.AddRange(rights);
        return $"添加涉案权利：{CaseService.RightName(input.Kind)}“{rights[0].Name}”{rights[0].Number}";
    }, ct);

    public Task<ActionResult> RemoveRightAsync(int id, int rightId, CancellationToken ct) => ChangeAsync(id, null, (db, c, errors) =>
    {
        var row = c.Rights.FirstOrDefault(r => r.Id == rightId);
        if (row is null)
        {
            errors.Add("id", "本案没有该涉案权利");
            return Task.FromResult<string?>(null);
        }
        c.Rights.Remove(row);
        return Task.FromResult<string?>($"移除涉案权利：“{row.Name}”{row.Number}");
    }, ct);

    /// <summary>Replaces the officers; once filed, at least two must hold a valid certificate today (程序规定第十九条).</summary>
    public Task<ActionResult> SetOfficersAsync(int id, CaseOfficersInput input, CancellationToken ct) => ChangeAsync(id, input.Version, async (db, c, errors) =>
    {
        var today = Clock.Today(clock);
        var officers = await CaseService.CheckOfficersAsync(db, input.OfficerIds ?? [], today, errors, "officerIds", ct);
        if (c.FiledOn is not null && officers.Count < 2 && !errors.Any)
        {
            errors.Add("officerIds", "已立案案件须有两名以上持有有效执法证的办案人员（《市场监督管理行政处罚程序规定》第十九条）");
        }
        if (errors.Any)
        {
            return null;
        }
        c.Officers.Clear();
        c.Officers.AddRange(officers.Select((o, i) => new CaseOfficer { OfficerId = o.Id, IsLead = i == 0 }));
        return $"调整办案人员：{string.Join("、", officers.Select(o => o.Name))}";
    }, ct);

    private async Task<ActionResult> ChangeAsync(int id, int? version, Func<ZhibaoDb, Case, FieldErrors, Task<string?>> change, CancellationToken ct)
    {
        var errors = new FieldErrors();
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await CaseService.LoadAsync(db, id, tracking: true, ct);
        if (c is null)
        {
            return new ActionResult(null, errors, NotFound: true);
        }
        if (CaseKinds.Finished.Contains(c.Status))
        {
            return new ActionResult(null, errors, $"案件当前状态为“{kinds.For(c).StatusName(c.Status)}”，不能再修改");
        }
        if (version is { } v && v != c.Version)
        {
            return new ActionResult(null, errors, "该案件已被他人修改，请刷新后重试");
        }
        var title = await change(db, c, errors);
        if (title is null || errors.Any)
        {
            return new ActionResult(null, errors);
        }
        c.Events.Add(cases.Event("members", title));
        CaseService.Touch(db, c, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return new ActionResult(await cases.GetAsync(id, ct), errors);
    }
}
