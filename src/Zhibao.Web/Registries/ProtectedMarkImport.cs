using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Registries;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Registries;

/// <summary>A row of the protected marks' import sheet.</summary>
public sealed class ProtectedMarkImportRow
{
    public ProtectedMarkKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Number { get; set; }
    public int? NiceClass { get; set; }
    public MarkTags? Tags { get; set; }
    public GiCategory? Category { get; set; }
    public string? ProtectedArea { get; set; }
    public string? OwnerName { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? GoodsOrServices { get; set; }
    public string? ContactPerson { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactAddress { get; set; }
    public string? AuthenticationGuide { get; set; }
    public string? Remark { get; set; }
}

/// <summary>
/// 重点保护商标/标志 import, keyed like the form by <see cref="ProtectedMarkRules.NaturalKey"/>: a trademark by its
/// registration number, a GI by product name and protected area, an official mark by name, a special mark by its approval
/// number. The checks are the form's (<see cref="ProtectedMarkRegistry"/>); photos and the GI's authorised users are kept
/// on the record's page. The headers are the export's, so an export can be corrected and imported again.
/// </summary>
public sealed class ProtectedMarkImport : RegistryImport<ProtectedMarkImportRow, ProtectedMark>
{
    private const string KindHeader = "类型";
    private const string NumberHeader = "注册号/登记号";
    private const string ClassHeader = "商标类别";
    private const string TagsHeader = "保护类别";
    private const string CategoryHeader = "地理标志产品类别";
    private const string AreaHeader = "保护地域范围";
    private const string OwnerHeader = "权利人";
    private const string FromHeader = "有效期自";
    private const string ToHeader = "有效期至";

    private static readonly char[] TagSeparators = ['、', '，', ',', '；', ';', '/', '／', ' '];

    public override string Registry => "protected-marks";
    public override string Title => "重点保护商标/标志";

    public override IReadOnlyList<ImportColumn<ProtectedMarkImportRow>> Columns => field ??=
    [
        new(KindHeader, true, "注册商标", "填“注册商标”“地理标志”“官方标志”或“特殊标志”", (text, row) =>
        {
            if (ProtectedMarkRules.ParseKind(text) is not { } kind)
            {
                return $"类型“{text}”无效，应为：{string.Join("、", Enum.GetValues<ProtectedMarkKind>().Select(ProtectedMarkRules.KindName))}";
            }
            row.Kind = kind;
            return null;
        }),
        Column.Text("名称", 200, (r, v) => r.Name = v, required: true, example: "示例津门老号",
            note: "商标名称、地理标志产品名称或标志名称，不超过200个字符"),
        Column.Text(NumberHeader, 50, (r, v) => r.Number = v, example: "12345678",
            note: "注册商标填商标注册号（数字，必填）；特殊标志填核准登记号（必填）；地理标志填批准公告号、官方标志填备案号（选填）"),
        Column.Whole(ClassHeader, 1, 45, (r, v) => r.NiceClass = v, example: "30", note: "尼斯分类第1至45类，注册商标必填"),
        new(TagsHeader, false, "天津老字号、涉农商标",
            $"注册商标可填一项或多项（用顿号分隔）：{string.Join("、", ProtectedMarkRules.Tags.Select(ProtectedMarkRules.TagName))}；都不是的填“{ProtectedMarkRules.OrdinaryName}”",
            (text, row) =>
            {
                if (!ProtectedMarkRules.TryParseTags(text.Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries), out var tags, out var error))
                {
                    return error;
                }
                row.Tags = tags;
                return null;
            }),
        new(CategoryHeader, false, null, $"地理标志必填：{string.Join("、", Enum.GetValues<GiCategory>().Select(ProtectedMarkRules.CategoryName))}", (text, row) =>
        {
            if (ProtectedMarkRules.ParseCategory(text) is not { } category)
            {
                return $"地理标志产品类别“{text}”无效，应为：{string.Join("、", Enum.GetValues<GiCategory>().Select(ProtectedMarkRules.CategoryName))}";
            }
            row.Category = category;
            return null;
        }),
        Column.Text(AreaHeader, 500, (r, v) => r.ProtectedArea = v, note: "地理标志必填（与产品名称一起唯一确定一条地理标志），不超过500个字符"),
        Column.Text(OwnerHeader, 200, (r, v) => r.OwnerName = v, example: "天津市北辰区示例食品有限公司", note: "商标注册人或权利人，新登记的必填"),
        Column.Date(FromHeader, (r, v) => r.ValidFrom = v, example: "2015-03-07", note: "注册商标、特殊标志的有效期起始日（特殊标志必填），格式如 2015-03-07"),
        Column.Date(ToHeader, (r, v) => r.ValidTo = v,
            note: "留空则按有效期自推算（注册商标十年，商标法第三十九条；特殊标志四年，《特殊标志管理条例》第九条）"),
        Column.Text("核定使用商品/服务", 1000, (r, v) => r.GoodsOrServices = v, example: "糕点；面包"),
        Column.Text("联系人", 50, (r, v) => r.ContactPerson = v, example: "张三"),
        Column.Text("联系电话", 50, (r, v) => r.ContactPhone = v, example: "022-26391234"),
        Column.Text("电子邮箱", 100, (r, v) => r.ContactEmail = v),
        Column.Text("联系地址", 300, (r, v) => r.ContactAddress = v),
        Column.Text("真伪辨别指引", 8000, (r, v) => r.AuthenticationGuide = v, note: "执法人员现场辨别真伪的要点；照片请在详情页上传"),
        Column.Text("备注", 1000, (r, v) => r.Remark = v),
    ];

    protected override void Validate(ProtectedMarkImportRow row, ImportContext context, ImportRowErrors errors)
    {
        switch (row.Kind)
        {
            case ProtectedMarkKind.Trademark:
                var number = TrademarkRegistrationNumber.Check(row.Number);
                if (number.IsValid)
                {
                    row.Number = number.Normalized;
                }
                else
                {
                    errors.Add(NumberHeader, number.Error!);
                }
                break;
            case ProtectedMarkKind.SpecialMark when row.Number is null:
                errors.Add(NumberHeader, "请填写特殊标志核准登记号");
                break;
            case ProtectedMarkKind.GeographicalIndication when row.ProtectedArea is null:
                errors.Add(AreaHeader, "请填写地理标志产品的保护地域范围");
                break;
        }
        if (row.Kind != ProtectedMarkKind.Trademark)
        {
            if (row.Tags is not (null or MarkTags.None))
            {
                errors.Add(TagsHeader, "驰名商标、老字号、涉农商标、津农精品等类别只适用于注册商标");
            }
            if (row.NiceClass is not null)
            {
                errors.Add(ClassHeader, "商标类别只适用于注册商标");
            }
        }
        if (row.Kind != ProtectedMarkKind.GeographicalIndication)
        {
            if (row.Category is not null)
            {
                errors.Add(CategoryHeader, "地理标志产品类别只适用于地理标志");
            }
            if (row.ProtectedArea is not null)
            {
                errors.Add(AreaHeader, "保护地域范围只适用于地理标志");
            }
        }
    }

    /// <summary>What the form requires on creation; validity dates as the record would be left (blank cells keep what is stored).</summary>
    protected override void ValidateAgainst(ProtectedMarkImportRow row, ProtectedMark? existing, ImportContext context, ImportRowErrors errors)
    {
        if (existing is null)
        {
            if (row.Kind == ProtectedMarkKind.Trademark && row.NiceClass is null)
            {
                errors.Add(ClassHeader, "请填写商标类别（尼斯分类第1至45类）");
            }
            if (row.Kind == ProtectedMarkKind.GeographicalIndication && row.Category is null)
            {
                errors.Add(CategoryHeader, "请填写地理标志产品类别：农产品、加工食品、道地药材、传统手工艺品或其他");
            }
            if (row.Kind == ProtectedMarkKind.SpecialMark && row.ValidFrom is null)
            {
                errors.Add(FromHeader, "请填写特殊标志有效期起始日（核准登记之日，《特殊标志管理条例》第九条：有效期四年）");
            }
            if (row.OwnerName is null)
            {
                errors.Add(OwnerHeader, row.Kind == ProtectedMarkKind.Trademark ? "请填写商标注册人" : "请填写权利人");
            }
        }
        if ((row.ValidFrom ?? existing?.ValidFrom) is { } from && ValidTo(row, existing) is { } to && to < from)
        {
            errors.Add(ToHeader, $"有效期至（{to:yyyy-MM-dd}）不能早于有效期自（{from:yyyy-MM-dd}）");
        }
    }

    /// <summary>The end as entered; else the stored one; else the statutory term from the start.</summary>
    private static DateOnly? ValidTo(ProtectedMarkImportRow row, ProtectedMark? existing) =>
        row.ValidTo ?? existing?.ValidTo ?? ProtectedMarkRules.DefaultValidTo(row.Kind, row.ValidFrom ?? existing?.ValidFrom);

    private static string Key(ProtectedMarkImportRow row) => ProtectedMarkRules.NaturalKey(row.Kind, row.Number, row.Name, row.ProtectedArea);

    protected override IReadOnlyList<string> RowKeys(ProtectedMarkImportRow row) => [Key(row)];

    protected override string KeyColumn(ProtectedMarkImportRow row) => row.Kind switch
    {
        ProtectedMarkKind.GeographicalIndication => $"名称、{AreaHeader}",
        ProtectedMarkKind.OfficialMark => "名称",
        _ => NumberHeader,
    };

    protected override IQueryable<ProtectedMark> Matching(ZhibaoDb db, IReadOnlyCollection<string> keys) =>
        db.ProtectedMarks.Where(m => keys.Contains(m.NaturalKey));

    protected override IEnumerable<string> EntityKeys(ProtectedMark entity) => [entity.NaturalKey];

    protected override bool Changes(ProtectedMarkImportRow row, ProtectedMark existing) =>
        Differs(row.Name, existing.Name) || Differs(row.Number, existing.RegistrationNumber) || Differs(row.NiceClass, existing.NiceClass)
        || Differs(row.Tags, existing.Tags) || Differs(row.Category, existing.GiCategory) || Differs(row.ProtectedArea, existing.ProtectedArea)
        || Differs(row.OwnerName, existing.OwnerName) || Differs(row.ValidFrom, existing.ValidFrom) || Differs(ValidTo(row, existing), existing.ValidTo)
        || Differs(row.GoodsOrServices, existing.GoodsOrServices) || Differs(row.ContactPerson, existing.ContactPerson)
        || Differs(row.ContactPhone, existing.ContactPhone) || Differs(row.ContactEmail, existing.ContactEmail)
        || Differs(row.ContactAddress, existing.ContactAddress) || Differs(row.AuthenticationGuide, existing.AuthenticationGuide)
        || Differs(row.Remark, existing.Remark);

    protected override ProtectedMark Create(ProtectedMarkImportRow row, ImportContext context)
    {
        var mark = new ProtectedMark { Kind = row.Kind, Name = row.Name, NaturalKey = Key(row), OwnerName = row.OwnerName!, CreatedAt = context.Now };
        Apply(row, mark, context);
        return mark;
    }

    protected override void Apply(ProtectedMarkImportRow row, ProtectedMark existing, ImportContext context)
    {
        existing.ValidTo = ValidTo(row, existing);
        existing.Name = row.Name;
        existing.NaturalKey = Key(row);
        existing.RegistrationNumber = row.Number ?? existing.RegistrationNumber;
        existing.NiceClass = row.NiceClass ?? existing.NiceClass;
        existing.Tags = row.Tags ?? existing.Tags;
        existing.GiCategory = row.Category ?? existing.GiCategory;
        existing.ProtectedArea = row.ProtectedArea ?? existing.ProtectedArea;
        existing.OwnerName = row.OwnerName ?? existing.OwnerName;
        existing.ValidFrom = row.ValidFrom ?? existing.ValidFrom;
        existing.GoodsOrServices = row.GoodsOrServices ?? existing.GoodsOrServices;
        existing.ContactPerson = row.ContactPerson ?? existing.ContactPerson;
        existing.ContactPhone = row.ContactPhone ?? existing.ContactPhone;
        existing.ContactEmail = row.ContactEmail ?? existing.ContactEmail;
        existing.ContactAddress = row.ContactAddress ?? existing.ContactAddress;
        existing.AuthenticationGuide = row.AuthenticationGuide ?? existing.AuthenticationGuide;
        existing.Remark = row.Remark ?? existing.Remark;
        existing.UpdatedAt = context.Now;
    }
}
