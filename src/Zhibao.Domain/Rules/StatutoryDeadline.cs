using System.Globalization;
using System.Text;
using Zhibao.Domain.Deadlines;

namespace Zhibao.Domain.Rules;

/// <summary>A computed clock: the rule version applied, the deadline with its steps, and how many extensions were approved.</summary>
public sealed record StatutoryDeadline(StatutoryPeriod Rule, Deadline Deadline, int ApprovedExtensions)
{
    /// <summary>The approved extensions, in the order the rule allows them.</summary>
    public IReadOnlyList<StatutoryExtension> AppliedExtensions => [.. Rule.Extensions.Take(ApprovedExtensions)];

    /// <summary>
    /// For the case page: "立案审查期限：发现线索或者收到材料之日起15个工作日（《市场监督管理行政处罚程序规定》第十八条）。到期日：2023-10-24";
    /// approved extensions follow the rule ("，经本机关负责人批准延长15个工作日"), with their basis when it differs.
    /// </summary>
    public string Describe()
    {
        var text = new StringBuilder(Rule.Describe());
        foreach (var extension in AppliedExtensions)
        {
            text.Append('，').Append(extension.Describe());
            if (extension.Basis != Rule.Basis)
            {
                text.Append('（').Append(extension.Basis).Append('）');
            }
        }
        text.Append('。').Append(Rule.BeforeEvent ? "最迟日期：" : "到期日：").Append(Text(Deadline.DueDate));
        if (Deadline.DueAt is { } dueAt)
        {
            text.Append('（').Append(dueAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append("届满）");
        }
        if (Deadline.IsPaused)
        {
            text.Append("（暂停计时中，恢复后顺延）");
        }
        if (Deadline.Warning is not null)
        {
            text.Append('（').Append(Deadline.Warning).Append('）');
        }
        return text.ToString();
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
