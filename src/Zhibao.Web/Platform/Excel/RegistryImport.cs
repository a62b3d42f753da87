using Microsoft.EntityFrameworkCore;
using Zhibao.Data;

namespace Zhibao.Web.Platform.Excel;

/// <summary>Who imports, and when: the data scope the rows are checked and written under, today's date for date rules.</summary>
public sealed class ImportContext(IDataScope scope, TimeProvider clock)
{
    public IDataScope Scope { get; } = scope;
    public DateOnly Today { get; } = Clock.Today(clock);
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public bool Sees(int unitId) => Scope.SeesAllUnits || Scope.VisibleUnitIds.Contains(unitId);
}

public enum ImportOutcome
{
    /// <summary>新增: no registered record has the row's key.</summary>
    New,
    /// <summary>无变化: registered already, and every filled cell equals what is stored.</summary>
    Unchanged,
    /// <summary>更新: registered, and a filled cell differs.</summary>
    Updated,
    /// <summary>有误: not imported.</summary>
    Invalid,
}

/// <summary>A message about one cell (or the row, under its key column).</summary>
public sealed record ImportCellError(string Column, string Message);

/// <summary>The messages of one row, collected by the column parsers and the registry's row checks.</summary>
public sealed class ImportRowErrors
{
    private List<ImportCellError>? list;

    public bool Any => list is { Count: > 0 };

    public IReadOnlyList<ImportCellError> List => list ?? (IReadOnlyList<ImportCellError>)[];

    public void Add(string column, string message) => (list ??= []).Add(new ImportCellError(column, message));
}

/// <summary>A row as the pipeline saw it: what the file said, and what became of it.</summary>
public sealed record ImportedRow(int Number, string?[] Cells, ImportOutcome Outcome, IReadOnlyList<ImportCellError> Errors)
{
    /// <summary>列名：消息；列名：消息 — the 错误说明 cell.</summary>
    public string ErrorText => string.Join("；", Errors.Select(e => $"{e.Column}：{e.Message}"));
}

public sealed record ImportCounts(int Total, int Valid, int Invalid, int New, int Unchanged, int Updated);

/// <summary>The outcome of a pass over a file; <see cref="Inserted"/> and <see cref="Changed"/> stay 0 when nothing is written.</summary>
public sealed record ImportPass(ImportCounts Counts, int Inserted, int Changed);

/// <summary>The registry-independent face of an import definition: what the endpoints, the service and the runner use.</summary>
public interface IRegistryImport
{
    /// <summary>Route segment: /api/{Registry}/import/… (e.g. "parties").</summary>
    string Registry { get; }
    /// <summary>The registry's Chinese name, e.g. 当事人.</summary>
    string Title { get; }
    /// <summary>The permission an importer needs (also to download the template).</summary>
    string Permission { get; }
    /// <summary>EntityType of the summary operation-log entry.</summary>
    string EntityName { get; }
    IReadOnlyList<string> Headers { get; }
    byte[] Template();

    /// <summary>
    /// Reads, checks and classifies every row; with <paramref name="write"/>, also writes the new and changed rows through
    /// <paramref name="db"/> (the caller owns the transaction and the summary audit entry). <paramref name="onRow"/> sees
    /// every row in file order while its cells are still in memory; <paramref name="progress"/> gets the rows done so far.
    /// </summary>
    Task<ImportPass> RunAsync(byte[] content, ImportContext context, ZhibaoDb db, bool write, Action<ImportedRow>? onRow,
        Action<int>? progress, CancellationToken ct);
}

/// <summary>
/// An Excel import into one registry (ADR 0009). A registry declares its columns, its row checks, its natural keys and how
/// a row becomes (or changes) an entity; the pipeline does the rest: header matching, per-cell Chinese messages,
/// duplicates within the file, new / unchanged / updated against the database, chunked writes without per-row change
/// tracking or per-row audit entries. Override <see cref="InsertAsync"/> with a bulk writer (<see cref="BulkInsert"/>)
/// where volumes call for it. Instances are resolved per run (transient), so <see cref="PrepareAsync"/> may keep lookups
/// in fields.
/// </summary>
public abstract class RegistryImport<TRow, TEntity> : IRegistryImport where TRow : class, new() where TEntity : class
{
    /// <summary>Rows read, checked, looked up and written together; bounds memory for files of a million rows.</summary>
    public const int ChunkSize = 10_000;

    /// <summary>Keys per lookup query on SQLite (see <see cref="ClassifyAsync"/>).</summary>
    public const int SqliteKeysPerQuery = 500;

    public abstract string Registry { get; }
    public abstract string Title { get; }
    public virtual string Permission => Permissions.RegistryEdit;
    public virtual string EntityName => typeof(TEntity).Name;
    public abstract IReadOnlyList<ImportColumn<TRow>> Columns { get; }

    /// <summary>Builders of the usual columns, for <see cref="Columns"/>: <c>Column.Text(…)</c>, <c>Column.Date(…)</c>…</summary>
    protected ImportColumns<TRow> Column { get; } = new();

    public IReadOnlyList<string> Headers => Columns.Select(c => c.Header).ToList();

    /// <summary>Loads what the row checks need (units in scope, dictionary items…), once per pass.</summary>
    protected virtual Task PrepareAsync(ZhibaoDb db, ImportContext context, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Checks across cells, after every cell was read without error.</summary>
    protected virtual void Validate(TRow row, ImportContext context, ImportRowErrors errors)
    {
    }

    /// <summary>
    /// Checks that need the registered record, or its absence (<paramref name="existing"/> null: the row creates one): e.g.
    /// a field the form requires on creation that an update may leave blank to keep.
    /// </summary>
    protected virtual void ValidateAgainst(TRow row, TEntity? existing, ImportContext context, ImportRowErrors errors)
    {
    }

    /// <summary>
    /// The row's natural keys, normalised, most specific first. The first must be unique within the file; a registered
    /// record matches through the first key any of its <see cref="EntityKeys"/> shares.
    /// </summary>
    protected abstract IReadOnlyList<string> RowKeys(TRow row);

    /// <summary>The header(s) the first key comes from, for the duplicate message (e.g. 统一社会信用代码).</summary>
    protected abstract string KeyColumn(TRow row);

    /// <summary>Registered records that may hold some of <paramref name="keys"/> (a superset is fine), under the data scope.</summary>
    protected abstract IQueryable<TEntity> Matching(ZhibaoDb db, IReadOnlyCollection<string> keys);

    protected abstract IEnumerable<string> EntityKeys(TEntity entity);

    /// <summary>Whether importing the row would change the record (blank optional cells keep what is stored).</summary>
    protected abstract bool Changes(TRow row, TEntity existing);

    protected abstract TEntity Create(TRow row, ImportContext context);

    protected abstract void Apply(TRow row, TEntity existing, ImportContext context);

    /// <summary>Writes new rows; returns how many were inserted. Default: one batched SaveChanges (summary audit only).</summary>
    protected virtual async Task<int> InsertAsync(ZhibaoDb db, IReadOnlyList<TRow> rows, ImportContext context, CancellationToken ct)
    {
        db.Set<TEntity>().AddRange(rows.Select(r => Create(r, context)));
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    public byte[] Template() => ImportWorkbook.Template(Columns, Title);

    public async Task<ImportPass> RunAsync(byte[] content, ImportContext context, ZhibaoDb db, bool write, Action<ImportedRow>? onRow,
        Action<int>? progress, CancellationToken ct)
    {
        await PrepareAsync(db, context, ct);
        var columns = Columns;
        var state = new PassState(columns);
        var chunk = new List<Parsed>(ChunkSize);
        foreach (var sheetRow in ImportWorkbook.Read(content, state.Headers, state.Required))
        {
            ct.ThrowIfCancellationRequested();
            chunk.Add(Parse(sheetRow, columns, context, state));
            if (chunk.Count == ChunkSize)
            {
                await ChunkAsync(chunk, context, db, write, onRow, state, ct);
                progress?.Invoke(state.Total);
                chunk.Clear();
            }
        }
        await ChunkAsync(chunk, context, db, write, onRow, state, ct);
        progress?.Invoke(state.Total);
        return new ImportPass(new ImportCounts(state.Total, state.Total - state.Invalid, state.Invalid, state.New, state.Unchanged, state.Updated),
            state.Inserted, state.Changed);
    }

    private sealed class PassState(IReadOnlyList<ImportColumn<TRow>> columns)
    {
        public readonly List<string> Headers = columns.Select(c => c.Header).ToList();
        public readonly List<bool> Required = columns.Select(c => c.Required).ToList();
        /// <summary>First key → the row that used it first (duplicates within the file).</summary>
        public readonly Dictionary<string, int> Seen = new(StringComparer.Ordinal);
        /// <summary>A registered record's first key → the row that matched it first.</summary>
        public readonly Dictionary<string, int> Claimed = new(StringComparer.Ordinal);
        public int Total, Invalid, New, Unchanged, Updated, Inserted, Changed;
    }

    private sealed class Parsed(SheetRow sheet, TRow? row, ImportRowErrors errors, IReadOnlyList<string>? keys)
    {
        public SheetRow Sheet { get; } = sheet;
        public TRow? Row { get; } = row;
        public ImportRowErrors Errors { get; } = errors;
        public IReadOnlyList<string>? Keys { get; } = keys;
        public ImportOutcome Outcome { get; set; } = ImportOutcome.Invalid;
        public TEntity? Existing { get; set; }
    }

    private Parsed Parse(SheetRow sheet, IReadOnlyList<ImportColumn<TRow>> columns, ImportContext context, PassState state)
    {
        state.Total++;
        var row = new TRow();
        var errors = new ImportRowErrors();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (sheet.Cells[i] is not { } text)
            {
                if (column.Required)
                {
                    errors.Add(column.Header, $"请填写{column.Header}");
                }
                continue;
            }
            if (column.Parse(text, row) is { } message)
            {
                errors.Add(column.Header, message);
            }
        }
        if (!errors.Any)
        {
            Validate(row, context, errors);
        }
        if (errors.Any)
        {
            return new Parsed(sheet, null, errors, null);
        }
        var keys = RowKeys(row);
        if (!state.Seen.TryAdd(keys[0], sheet.Number))
        {
            errors.Add(KeyColumn(row), $"与第{state.Seen[keys[0]]}行重复（{KeyColumn(row)}相同），本行不导入");
            return new Parsed(sheet, null, errors, null);
        }
        return new Parsed(sheet, row, errors, keys);
    }

    private async Task ChunkAsync(List<Parsed> chunk, ImportContext context, ZhibaoDb db, bool write, Action<ImportedRow>? onRow,
        PassState state, CancellationToken ct)
    {
        var valid = chunk.Where(p => p.Row is not null).ToList();
        if (valid.Count > 0)
        {
            await ClassifyAsync(valid, context, db, write, state, ct);
        }
        if (write)
        {
            var created = valid.Where(p => p.Outcome == ImportOutcome.New).Select(p => p.Row!).ToList();
            if (created.Count > 0)
            {
                state.Inserted += await InsertAsync(db, created, context, ct);
            }
            foreach (var p in valid.Where(p => p.Outcome == ImportOutcome.Updated))
            {
                Apply(p.Row!, p.Existing!, context);
                state.Changed++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        foreach (var p in chunk)
        {
            switch (p.Outcome)
            {
                case ImportOutcome.New: state.New++; break;
                case ImportOutcome.Unchanged: state.Unchanged++; break;
                case ImportOutcome.Updated: state.Updated++; break;
                default: state.Invalid++; break;
            }
            onRow?.Invoke(new ImportedRow(p.Sheet.Number, p.Sheet.Cells, p.Outcome, p.Errors.List));
        }
    }

    /// <summary>Looks the chunk's keys up in one query and sorts each row into new, unchanged or updated.</summary>
    private async Task ClassifyAsync(List<Parsed> valid, ImportContext context, ZhibaoDb db, bool track, PassState state, CancellationToken ct)
    {
        var keys = valid.SelectMany(p => p.Keys!).ToHashSet(StringComparer.Ordinal);
        var byKey = new Dictionary<string, TEntity>(StringComparer.Ordinal);
        // SQLite receives one parameter per key, and binding by name is linear in the parameter count: look up a few
        // hundred keys per query there. PostgreSQL receives the keys as one array parameter.
        var perQuery = db.Database.IsNpgsql() ? keys.Count : SqliteKeysPerQuery;
        foreach (var part in keys.Chunk(perQuery))
        {
            var query = Matching(db, part);
            foreach (var entity in await (track ? query.AsTracking() : query.AsNoTracking()).ToListAsync(ct))
            {
                foreach (var key in EntityKeys(entity).Where(keys.Contains))
                {
                    byKey.TryAdd(key, entity);
                }
            }
        }
        foreach (var p in valid)
        {
            var existing = p.Keys!.Select(k => byKey.GetValueOrDefault(k)).FirstOrDefault(e => e is not null);
            ValidateAgainst(p.Row!, existing, context, p.Errors);
            if (p.Errors.Any)
            {
                continue;
            }
            if (existing is null)
            {
                p.Outcome = ImportOutcome.New;
                continue;
            }
            var identity = EntityKeys(existing).First();
            if (!state.Claimed.TryAdd(identity, p.Sheet.Number))
            {
                p.Errors.Add(KeyColumn(p.Row!), $"与第{state.Claimed[identity]}行对应同一条已登记的{Title}记录，本行不导入");
                continue;
            }
            p.Existing = existing;
            p.Outcome = Changes(p.Row!, existing) ? ImportOutcome.Updated : ImportOutcome.Unchanged;
        }
    }

    /// <summary>For <see cref="Changes"/>: a filled cell that differs from the stored value.</summary>
    protected static bool Differs<T>(T? incoming, T? stored) => incoming is not null && !EqualityComparer<T>.Default.Equals(incoming, stored);
}
