using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;

namespace Zhibao.Web.Cases;

public sealed record LookupOption(int Id, string Label);

/// <summary>The choices the case pages offer: dictionary labels, units and officers within the user's data scope.</summary>
public sealed class CaseLookups(IDbContextFactory<ZhibaoDb> factory)
{
    public async Task<List<string>> LabelsAsync(string type, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.DictionaryItems.AsNoTracking().Where(i => i.DictionaryType!.Code == type && i.IsActive)
            .OrderBy(i => i.SortOrder).Select(i => i.Label).ToListAsync(ct);
    }

    /// <summary>Case-handling units (not outside bodies), in tree order.</summary>
    public async Task<List<LookupOption>> UnitsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.Kind != OrgUnitKind.External && u.IsActive)
            .OrderBy(u => u.Path).ThenBy(u => u.SortOrder).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        return units.Select(u => new LookupOption(u.Id, new string('　', u.Path.Count(ch => ch == '/') - 2) + u.Name)).ToList();
    }

    /// <summary>Outside bodies (courts, mediation organisations …) whose name contains <paramref name="keyword"/>.</summary>
    public async Task<List<LookupOption>> ExternalUnitsAsync(string? keyword, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.External && u.IsActive);
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            query = query.Where(u => u.Name.Contains(keyword));
        }
        return await query.OrderBy(u => u.SortOrder).ThenBy(u => u.Name).Select(u => new LookupOption(u.Id, u.Name)).ToListAsync(ct);
    }

    /// <summary>Officers holding a valid enforcement certificate on <paramref name="on"/> (程序规定第十九条).</summary>
    public async Task<List<LookupOption>> QualifiedOfficersAsync(DateOnly on, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var officers = await db.Officers.AsNoTracking().Include(o => o.OrgUnit).Where(o => o.IsActive).OrderBy(o => o.OrgUnitId).ThenBy(o => o.Name).ToListAsync(ct);
        return officers.Where(o => o.HasValidCertificateOn(on))
            .Select(o => new LookupOption(o.Id, $"{o.Name}（{o.OrgUnit?.Name}，执法证{o.CertificateNumber}）")).ToList();
    }

    public async Task<List<LookupOption>> PartiesAsync(string? keyword, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Parties.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            var k = keyword.Trim();
            query = query.Where(p => p.Name.Contains(k) || p.UnifiedSocialCreditCode == k);
        }
        return await query.OrderBy(p => p.Name).Take(50)
            .Select(p => new LookupOption(p.Id, p.Name + (p.UnifiedSocialCreditCode != null ? "（" + p.UnifiedSocialCreditCode + "）" : ""))).ToListAsync(ct);
    }
}
