using BenchmarkDotNet.Attributes;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Deadlines;

namespace Zhibao.Benchmarks;

/// <summary>
/// Deadline arithmetic over the shipped calendar: the fast path must reach 10 million computations per second per
/// core so that recomputing every case clock stays cheap. See docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private const int Count = 1000;

    private WorkingCalendar _calendar = WorkingCalendar.WeekendsOnly;
    private DateOnly[] _from = [];
    private Period[] _periods = [];
    private Period[] _workingDayPeriods = [];
    private Period[] _monthPeriods = [];

    [GlobalSetup]
    public void Setup()
    {
        var parsed = HolidayTsv.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cn-holidays.tsv")));
        _calendar = new WorkingCalendar(parsed.Entries, HolidayTsv.YearsCovered(parsed.Entries));

        // A fixed seed so every run measures the same mix; the statutory periods range from 3 to 90 days.
        var random = new Random(20231001);
        var first = new DateOnly(2019, 1, 1).DayNumber;
        var span = new DateOnly(2026, 12, 31).DayNumber - first;
        _from = new DateOnly[Count];
        _periods = new Period[Count];
        _workingDayPeriods = new Period[Count];
        _monthPeriods = new Period[Count];
        for (var i = 0; i < Count; i++)
        {
            _from[i] = DateOnly.FromDayNumber(first + random.Next(span + 1));
            _workingDayPeriods[i] = new Period(random.Next(1, 61), PeriodUnit.WorkingDays);
            _monthPeriods[i] = new Period(random.Next(1, 13), PeriodUnit.Months);
            _periods[i] = (i % 3) switch
            {
                0 => _workingDayPeriods[i],
                1 => new Period(random.Next(1, 181), PeriodUnit.Days),
                _ => _monthPeriods[i],
            };
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int DueDate_mixed_units() => Run(_periods);

    [Benchmark(OperationsPerInvoke = Count)]
    public int DueDate_working_days() => Run(_workingDayPeriods);

    [Benchmark(OperationsPerInvoke = Count)]
    public int DueDate_months() => Run(_monthPeriods);

    /// <summary>The explained path the API uses, for comparison; it allocates the steps.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Compute_with_steps_mixed_units()
    {
        var sum = 0;
        for (var i = 0; i < _from.Length; i++)
        {
            sum += DeadlineCalculator.Compute(_calendar, _from[i], _periods[i]).Steps.Count;
        }
        return sum;
    }

    // Summing the results keeps the JIT from discarding the work.
    private int Run(Period[] periods)
    {
        var sum = 0;
        var from = _from;
        for (var i = 0; i < from.Length; i++)
        {
            sum += DeadlineCalculator.DueDate(_calendar, from[i], periods[i]).DayNumber;
        }
        return sum;
    }
}
