using System.Globalization;
using System.Text.RegularExpressions;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Publicity;

/// <summary>A natural person named in a case (a party, a legal representative …) whose data must not be published.</summary>
public sealed record PersonSubject(string Name, string? IdNumber = null, string? Address = null, string? Phone = null);

/// <summary>
/// An enterprise or other organisation named in a case. <see cref="MayBeNamed"/>: its name may appear in the published
/// text (<see cref="PublicationNaming"/>); otherwise it is masked (某公司). Its address and phone are dropped either way.
/// </summary>
public sealed record OrganisationSubject(string Name, bool MayBeNamed, string? Address = null, string? Phone = null);

/// <summary>Whose data a text may hold: the case's persons and organisations.</summary>
public sealed record PersonalData(IReadOnlyList<PersonSubject> Persons, IReadOnlyList<OrganisationSubject> Organisations)
{
    public static readonly PersonalData None = new([], []);
}

public enum PersonalDataKind
{
    /// <summary>居民身份证号码 (18 digits with a valid GB 11643 check character, 15-digit old numbers, or a case party's number).</summary>
    IdNumber,
    /// <summary>手机或固定电话号码.</summary>
    Phone,
    /// <summary>A person's full name.</summary>
    PersonName,
    /// <summary>住所、住址、经营场所.</summary>
    Address,
    /// <summary>An enterprise name that may not be published.</summary>
    OrganisationName,
}

/// <summary>Personal data left in a text: what kind, the text found, and a Chinese message naming it.</summary>
public sealed record PersonalDataFinding(PersonalDataKind Kind, string Value, string Message);

/// <summary>
/// De-identification of texts published as typical cases (典型案例): persons' names masked to the surname (张三丰 → 张某,
/// 欧阳娜娜 → 欧阳某), 居民身份证号码, phone numbers and addresses dropped with their labels, enterprise names kept only when
/// the decision is published under the enterprise's name (<see cref="PublicationNaming"/>) and otherwise masked (某公司).
/// <see cref="Scan"/> then looks for anything left, so that a text edited by hand cannot be approved with personal data in it.
/// </summary>
/// <remarks>
/// Basis: 《市场监督管理行政处罚信息公示规定》 (总局令第45号) publishes penalty information under the market entity's name
/// (第二条) and 《专利纠纷行政裁决和调解办法》第八十三条 publishes decisions after removing private information; a person's
/// identity number, address and phone are never part of a typical case.
/// </remarks>
public static partial class Deidentifier
{
    /// <summary>Chinese compound surnames (复姓): a name starting with one keeps both characters (欧阳修 → 欧阳某).</summary>
    public static readonly IReadOnlySet<string> CompoundSurnames = new HashSet<string>(StringComparer.Ordinal)
    {
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
        "钟离", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "万俟", "闻人", "申屠", "太叔", "濮阳", "淳于", "单于",
        "公冶", "赫连", "拓跋", "第五", "谷梁", "宰父", "段干", "司空", "司寇", "左丘", "东郭", "梁丘", "仲孙", "子车", "颛孙",
        "巫马", "公西", "漆雕", "乐正", "壤驷", "公良", "亓官", "羊舌", "微生", "公羊", "鲜于", "闾丘", "东门", "叱干", "纳兰",
    };

    /// <summary>Organisational forms kept in a masked enterprise name, longest first (某有限公司 reads oddly: 某公司).</summary>
    private static readonly (string Suffix, string Masked)[] OrganisationForms =
    [
        ("公司", "某公司"), ("合作社", "某合作社"), ("经营部", "某经营部"), ("门市部", "某门市部"), ("商行", "某商行"),
        ("超市", "某超市"), ("商店", "某商店"), ("药房", "某药房"), ("工作室", "某工作室"), ("中心", "某中心"), ("厂", "某厂"),
        ("店", "某店"), ("馆", "某馆"),
    ];

    private static readonly string[] Ordinals = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];

    /// <summary>
    /// 张三 → 张某, 张三丰 → 张某, 欧阳修 → 欧阳某, 欧阳娜娜 → 欧阳某; a name with a middle dot (阿卜杜拉·艾力) keeps its first
    /// character; a Latin-script name keeps its initial (John Smith → J某).
    /// </summary>
    public static string MaskPersonName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var n = name.Trim();
        if (n.Length == 0)
        {
            return n;
        }
        if (char.IsAsciiLetter(n[0]))
        {
            return char.ToUpperInvariant(n[0]) + "某";
        }
        var surname = n.Length >= 3 && CompoundSurnames.Contains(n[..2]) ? n[..2] : n[..1];
        return surname + "某";
    }

    /// <summary>天津某某商贸有限公司 → 某公司, 北辰区某某食品店 → 某店; anything else → 某单位.</summary>
    public static string MaskOrganisationName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var n = name.Trim().TrimEnd('）', ')');
        foreach (var (suffix, masked) in OrganisationForms)
        {
            if (n.Contains(suffix, StringComparison.Ordinal))
            {
                return masked;
            }
        }
        return "某单位";
    }

    /// <summary>
    /// The replacement of every name to mask, consistent across the blocks of one text: two persons with the same masked
    /// form become 张某甲 and 张某乙, two masked enterprises 甲公司 and 乙公司.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Masks(PersonalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var masks = new Dictionary<string, string>(StringComparer.Ordinal);
        var organisations = data.Organisations.Where(o => !o.MayBeNamed && !string.IsNullOrWhiteSpace(o.Name))
            .Select(o => o.Name.Trim()).Distinct().ToList();
        foreach (var group in organisations.GroupBy(MaskOrganisationName))
        {
            var names = group.ToList();
            for (var i = 0; i < names.Count; i++)
            {
                masks[names[i]] = names.Count == 1 ? group.Key : Ordinal(i) + group.Key[1..];
            }
        }
        var persons = data.Persons.Where(p => !string.IsNullOrWhiteSpace(p.Name)).Select(p => p.Name.Trim()).Distinct()
            .Where(n => !masks.ContainsKey(n)).ToList();
        foreach (var group in persons.GroupBy(MaskPersonName))
        {
            var names = group.ToList();
            for (var i = 0; i < names.Count; i++)
            {
                masks[names[i]] = names.Count == 1 ? group.Key : group.Key + Ordinal(i);
            }
        }
        // A name already in its masked form (张某) needs no replacement.
        foreach (var same in masks.Where(m => m.Key == m.Value).Select(m => m.Key).ToList())
        {
            masks.Remove(same);
        }
        return masks;
    }

    private static string Ordinal(int i) => i < Ordinals.Length ? Ordinals[i] : (i + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The text with the personal data of <paramref name="data"/> and any identity or phone number removed.</summary>
    public static string Apply(string? text, PersonalData data) => Apply(text, data, Masks(data));

    /// <summary>As <see cref="Apply(string?, PersonalData)"/> with the masks of the whole document (<see cref="Masks"/>).</summary>
    public static string Apply(string? text, PersonalData data, IReadOnlyDictionary<string, string> masks)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(masks);
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        var result = text;

        // Identity numbers: a party's own number wherever it stands, then anything shaped and checked like one.
        foreach (var id in KnownIdNumbers(data))
        {
            result = Regex.Replace(result, IdLabel + Regex.Escape(id), "", RegexOptions.IgnoreCase, RegexTimeout);
        }
        result = IdNumberPattern().Replace(result, m => LooksLikeIdNumber(m.Groups["id"].Value) ? "" : m.Value);

        // Phones: the parties' numbers, then mobile and fixed-line shapes.
        foreach (var phone in KnownPhones(data))
        {
            result = Regex.Replace(result, PhoneLabel + Regex.Escape(phone), "", RegexOptions.None, RegexTimeout);
        }
        result = PhonePattern().Replace(result, "");

        // Addresses: the parties' own, then whatever follows an address label up to the end of the clause.
        foreach (var address in KnownAddresses(data))
        {
            result = Regex.Replace(result, AddressLabel + Regex.Escape(address), "", RegexOptions.None, RegexTimeout);
        }
        result = LabelledAddressPattern().Replace(result, "");
        result = StreetNumberPattern().Replace(result, "");

        // Names, longest first: an enterprise name may contain a person's name, a 3-character name a 2-character one.
        foreach (var (name, mask) in masks.OrderByDescending(m => m.Key.Length).ThenBy(m => m.Key, StringComparer.Ordinal))
        {
            result = result.Replace(name, mask, StringComparison.Ordinal);
        }
        return Tidy(result);
    }

    /// <summary>
    /// Personal data still in <paramref name="text"/>: identity numbers (the parties' own, any 18-digit number with a valid
    /// GB 11643 check character, 15-digit old numbers with a valid birth date, partly masked numbers), phone numbers, the
    /// parties' full names and addresses, labelled or street-numbered addresses, and enterprise names that may not be published.
    /// </summary>
    public static IReadOnlyList<PersonalDataFinding> Scan(string? text, PersonalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var findings = new List<PersonalDataFinding>();
        if (string.IsNullOrEmpty(text))
        {
            return findings;
        }
        void Add(PersonalDataKind kind, string value, string message)
        {
            if (!findings.Any(f => f.Kind == kind && f.Value == value))
            {
                findings.Add(new PersonalDataFinding(kind, value, message));
            }
        }

        foreach (var id in KnownIdNumbers(data).Where(id => text.Contains(id, StringComparison.OrdinalIgnoreCase)))
        {
            Add(PersonalDataKind.IdNumber, id, $"文中仍有居民身份证号码“{id}”，请删除");
        }
        foreach (Match m in IdNumberPattern().Matches(text))
        {
            var id = m.Groups["id"].Value.ToUpperInvariant();
            if (LooksLikeIdNumber(id))
            {
                Add(PersonalDataKind.IdNumber, id, $"文中仍有居民身份证号码“{id}”，请删除");
            }
        }
        foreach (var phone in KnownPhones(data).Where(p => text.Contains(p, StringComparison.Ordinal)))
        {
            Add(PersonalDataKind.Phone, phone, $"文中仍有电话号码“{phone}”，请删除");
        }
        foreach (Match m in PhonePattern().Matches(text))
        {
            var phone = m.Groups["phone"].Value;
            Add(PersonalDataKind.Phone, phone, $"文中仍有电话号码“{phone}”，请删除");
        }
        var masks = Masks(data);
        foreach (var person in data.Persons.Select(p => p.Name.Trim()).Where(n => n.Length >= 2).Distinct())
        {
            if (text.Contains(person, StringComparison.Ordinal) && masks.TryGetValue(person, out var mask))
            {
                Add(PersonalDataKind.PersonName, person, $"文中仍有当事人姓名“{person}”，应隐去为“{mask}”");
            }
        }
        foreach (var address in KnownAddresses(data).Where(a => text.Contains(a, StringComparison.Ordinal)))
        {
            Add(PersonalDataKind.Address, address, $"文中仍有地址“{address}”，请删除");
        }
        foreach (Match m in LabelledAddressPattern().Matches(text))
        {
            Add(PersonalDataKind.Address, m.Value.Trim(), $"文中仍有地址“{m.Value.Trim()}”，请删除");
        }
        foreach (Match m in StreetNumberPattern().Matches(text))
        {
            Add(PersonalDataKind.Address, m.Value, $"文中疑似有门牌地址“{m.Value}”，请删除");
        }
        foreach (var organisation in data.Organisations.Where(o => !o.MayBeNamed).Select(o => o.Name.Trim()).Where(n => n.Length > 0).Distinct())
        {
            if (text.Contains(organisation, StringComparison.Ordinal) && masks.TryGetValue(organisation, out var mask))
            {
                Add(PersonalDataKind.OrganisationName, organisation, $"文中仍有不得公开的企业名称“{organisation}”，应隐去为“{mask}”");
            }
        }
        return findings;
    }

    /// <summary>18 digits (last may be X) with a valid birth date and check character, or 15 digits with a valid 19yy birth date.</summary>
    public static bool LooksLikeIdNumber(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var id = candidate.ToUpperInvariant();
        if (id.Contains('*', StringComparison.Ordinal))
        {
            return MaskedIdPattern().IsMatch(id);
        }
        return id.Length switch
        {
            18 => ResidentIdNumber.IsValid(id),
            15 => id.All(char.IsAsciiDigit) && id[0] is >= '1' and <= '8'
                && DateOnly.TryParseExact(string.Concat("19", id.AsSpan(6, 6)), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
    }

    private static IEnumerable<string> KnownIdNumbers(PersonalData data) =>
        data.Persons.Select(p => p.IdNumber?.Trim().ToUpperInvariant()).Where(id => !string.IsNullOrEmpty(id)).Select(id => id!)
            .Distinct().OrderByDescending(id => id.Length);

    private static IEnumerable<string> KnownPhones(PersonalData data) =>
        data.Persons.Select(p => p.Phone).Concat(data.Organisations.Select(o => o.Phone))
            .SelectMany(p => (p ?? "").Split([',', '，', ';', '；', '/', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Count(char.IsAsciiDigit) >= 7).Distinct().OrderByDescending(p => p.Length);

    private static IEnumerable<string> KnownAddresses(PersonalData data) =>
        data.Persons.Select(p => p.Address).Concat(data.Organisations.Select(o => o.Address))
            .Select(a => a?.Trim()).Where(a => a is { Length: >= 4 }).Select(a => a!).Distinct().OrderByDescending(a => a.Length);

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    // Labels dropped with the value they introduce: "身份证号码：", "联系电话：", "住所：" ….
    private const string IdLabel = @"(?:(?:公民|居民)?身份证(?:件)?(?:号码|号)?\s*[：:为是]?\s*)?";
    private const string PhoneLabel = @"(?:(?:(?:联系|固定|办公)?电话(?:号码)?|手机(?:号码|号)?|联系方式)\s*[：:为是]?\s*)?";
    private const string AddressLabel = @"(?:(?:(?:家庭|现|户籍)?(?:住所地?|住址|地址)|经营(?:场所|地址|地点)|户籍(?:所在)?地|居住地|现住|家住)\s*(?:[：:]|为|在|位于|系)?\s*)?";

    [GeneratedRegex(@"(?:(?:公民|居民)?身份证(?:件)?(?:号码|号)?\s*[：:为是]?\s*)?(?<![0-9A-Za-z*])(?<id>\d{17}[\dXx]|\d{15}|\d{6}\*{6,8}\d{3}[\dXx*])(?![0-9A-Za-z*])", RegexOptions.None, 2000)]
    private static partial Regex IdNumberPattern();

    [GeneratedRegex(@"^\d{6}\*{6,8}\d{3}[\dX*]$", RegexOptions.None, 2000)]
    private static partial Regex MaskedIdPattern();

    [GeneratedRegex(@"(?:(?:(?:联系|固定|办公)?电话(?:号码)?|手机(?:号码|号)?|联系方式)\s*[：:为是]?\s*)?(?<![\d-])(?<phone>(?:\+?86[- ]?)?1[3-9]\d{9}|0\d{2,3}[- ]?\d{7,8})(?![\d-])", RegexOptions.None, 2000)]
    private static partial Regex PhonePattern();

    // An address label and what follows it up to the end of the clause: "住所：天津市北辰区某路1号" / "经营场所位于…" / "现住…".
    [GeneratedRegex(@"(?:(?:(?:家庭|现|户籍)?(?:住所地?|住址)|(?<!网|邮箱|电子邮件)地址|经营(?:场所|地址|地点)|户籍(?:所在)?地|居住地)\s*(?:[：:]|为|在|位于|系)|现住|家住|住在)\s*[^，,。；;\n）)]+", RegexOptions.None, 2000)]
    private static partial Regex LabelledAddressPattern();

    // "…路12号", "…街3号2门301室": a street and a house number, as addresses are written. The street name stops at
    // the district (市, 区, 县 …) and at words like 位于, so "位于天津市北辰区某路1号" loses only "某路1号".
    [GeneratedRegex(@"[^\s\d，,。；;：:、（）()“”《》〔〕市区县镇乡省于在位的其和与及住家]{0,8}(?:路|街|道|巷|胡同|弄)\d+号(?:之\d+)?(?:[A-Za-z0-9\-]+(?:号楼|栋|幢|单元|门|层|室))*", RegexOptions.None, 2000)]
    private static partial Regex StreetNumberPattern();

    /// <summary>Punctuation left behind by removals: empty brackets, doubled commas, a comma before a full stop.</summary>
    private static string Tidy(string text)
    {
        string before;
        var t = text;
        do
        {
            before = t;
            t = EmptyBrackets().Replace(t, "");
            t = SeparatorsAfterOpening().Replace(t, "$1");
            t = SeparatorsBeforeClosing().Replace(t, "$1");
            t = DoubledSeparators().Replace(t, "$1");
            t = SeparatorsBeforeStop().Replace(t, "$1");
            t = LeadingSeparators().Replace(t, "");
            t = RepeatedSpaces().Replace(t, " ");
        }
        while (t != before);
        return t;
    }

    [GeneratedRegex(@"[（(][\s，,、；;：:]*[）)]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"([（(])[\s，,、；;]+")]
    private static partial Regex SeparatorsAfterOpening();

    [GeneratedRegex(@"[\s，,、；;：:]+([）)])")]
    private static partial Regex SeparatorsBeforeClosing();

    [GeneratedRegex(@"([，,、；;：:])[\s，,、；;]*[，,、；;]")]
    private static partial Regex DoubledSeparators();

    [GeneratedRegex(@"[\s，,、；;：:]+([。！？!?])")]
    private static partial Regex SeparatorsBeforeStop();

    [GeneratedRegex(@"(?m)^[ \t]*[，,、；;]+[ \t]*")]
    private static partial Regex LeadingSeparators();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex RepeatedSpaces();
}
