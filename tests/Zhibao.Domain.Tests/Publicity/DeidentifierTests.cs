using Zhibao.Domain.Publicity;

namespace Zhibao.Domain.Tests.Publicity;

/// <summary>De-identification of typical-case texts: names masked, ID numbers, phones and addresses dropped, and the scan after it.</summary>
public class DeidentifierTests
{
    // Valid GB 11643 numbers worked by hand in ResidentIdNumberEdgeCaseTests: check character 4, and X.
    private const string Id = "120113199001011234";
    private const string IdWithX = "12011319800101123X";
    // Old 15-digit number: region 120113, born 1990-01-01, sequence 123 (no check character).
    private const string OldId = "120113900101123";

    private static PersonalData Person(string name, string? id = null, string? address = null, string? phone = null) =>
        new([new PersonSubject(name, id, address, phone)], []);

    [Theory]
    [InlineData("张三", "张某")]
    [InlineData("张三丰", "张某")]
    [InlineData("张某某", "张某")]
    [InlineData("王小二麻", "王某")]
    [InlineData("欧阳修", "欧阳某")]
    [InlineData("欧阳娜娜", "欧阳某")]
    [InlineData("司马相如", "司马某")]
    [InlineData("诸葛亮", "诸葛某")]
    [InlineData("欧阳", "欧某")]          // two characters: a surname 欧 and a given name 阳, not a compound surname alone
    [InlineData("阿卜杜拉·艾力", "阿某")]
    [InlineData(" 李四 ", "李某")]
    [InlineData("john Smith", "J某")]
    public void A_persons_name_is_masked_to_the_surname(string name, string masked) =>
        Assert.Equal(masked, Deidentifier.MaskPersonName(name));

    [Theory]
    [InlineData("天津某某商贸有限公司", "某公司")]
    [InlineData("天津桂发祥十八街麻花食品股份有限公司", "某公司")]
    [InlineData("北辰区张三食品店", "某店")]
    [InlineData("天津市北辰区好运来超市", "某超市")]
    [InlineData("北辰区宜兴埠镇某某农资经营部", "某经营部")]
    [InlineData("北辰区某某种植专业合作社", "某合作社")]
    [InlineData("天津市某某电器厂", "某厂")]
    [InlineData("某某协会", "某单位")]
    public void An_enterprise_name_is_masked_keeping_its_form(string name, string masked) =>
        Assert.Equal(masked, Deidentifier.MaskOrganisationName(name));

    [Fact]
    public void A_full_name_in_the_text_becomes_the_masked_name_everywhere()
    {
        var text = Deidentifier.Apply("当事人张三丰在其店内销售假冒商品。张三丰对违法事实无异议。", Person("张三丰"));

        Assert.Equal("当事人张某在其店内销售假冒商品。张某对违法事实无异议。", text);
    }

    [Fact]
    public void Longer_names_are_replaced_first_and_namesakes_get_ordinals()
    {
        var data = new PersonalData([new("张三"), new("张三丰"), new("欧阳娜娜")], []);

        var text = Deidentifier.Apply("张三丰雇用张三，欧阳娜娜知情。", data);

        // Ordinals follow the order of the parties (张三 first): 张三丰 is not read as 张三 + 丰.
        Assert.Equal("张某乙雇用张某甲，欧阳某知情。", text);
    }

    [Theory]
    [InlineData("当事人张三（身份证号码：" + Id + "）销售侵权商品。", "当事人张某销售侵权商品。")]
    [InlineData("当事人张三，公民身份证号" + IdWithX + "，销售侵权商品。", "当事人张某，销售侵权商品。")]
    [InlineData("当事人张三，身份证号码" + "12011319800101123x" + "，销售侵权商品。", "当事人张某，销售侵权商品。")]
    [InlineData("当事人张三，身份证号码：" + OldId + "。", "当事人张某。")]
    [InlineData("当事人张三（120113********1234）", "当事人张某")]
    public void Identity_numbers_are_dropped_with_their_label(string input, string expected) =>
        Assert.Equal(expected, Deidentifier.Apply(input, Person("张三")));

    [Fact]
    public void A_partys_own_number_is_dropped_even_when_its_check_character_is_wrong()
    {
        const string wrong = "120113199001011235"; // check character should be 4
        var text = Deidentifier.Apply($"张三，身份证号码{wrong}，无业。", Person("张三", wrong));

        Assert.Equal("张某，无业。", text);
    }

    [Theory]
    [InlineData("第1234567号注册商标", "第1234567号注册商标")] // a trademark number is no identity number
    [InlineData("罚款120113199001011235元", "罚款120113199001011235元")] // 18 digits, wrong check character, not a party's
    [InlineData("编号120113901301123", "编号120113901301123")] // 15 digits with month 13: no birth date
    [InlineData("专利号ZL202310123456.7", "专利号ZL202310123456.7")]
    public void Numbers_that_are_not_identity_numbers_stay(string input, string expected) =>
        Assert.Equal(expected, Deidentifier.Apply(input, PersonalData.None));

    [Theory]
    [InlineData("张三，联系电话：13812345678。", "张某。")]
    [InlineData("张三（手机13812345678）到场。", "张某到场。")]
    [InlineData("张三，电话022-26391234，到场。", "张某，到场。")]
    [InlineData("张三，联系方式+86 13912345678。", "张某。")]
    [InlineData("张三，固定电话 02226391234。", "张某。")]
    [InlineData("张三的号码为13812345678。", "张某的号码为。")] // no label: only the number goes
    public void Phone_numbers_are_dropped_with_their_label(string input, string expected) =>
        Assert.Equal(expected, Deidentifier.Apply(input, Person("张三")));

    [Fact]
    public void A_partys_address_is_dropped_wherever_it_stands()
    {
        const string address = "天津市北辰区果园新村街示范路8号";
        var data = Person("张三", Id, address, "13812345678");

        var text = Deidentifier.Apply($"当事人张三，住所{address}，在{address}经营。", data);

        Assert.Equal("当事人张某，在经营。", text);
        Assert.Empty(Deidentifier.Scan(text, data));
    }

    [Theory]
    [InlineData("当事人张三，住址：天津市河北区某某道12号3门301，经营食品。", "当事人张某，经营食品。")]
    [InlineData("经营场所位于北辰区双街镇工业园内；现已整改。", "现已整改。")]
    [InlineData("张三户籍地为河北省廊坊市某某村。", "张某。")]
    [InlineData("张三现住北辰道12号3门301室。", "张某。")]
    [InlineData("在其位于天津市北辰区果园新村街示范路8号的店内", "在其位于天津市北辰区的店内")]
    [InlineData("店铺在北辰道12号之3。", "店铺在。")]
    public void Labelled_and_street_numbered_addresses_are_dropped(string input, string expected) =>
        Assert.Equal(expected, Deidentifier.Apply(input, Person("张三")));

    [Fact]
    public void An_enterprise_that_may_be_named_keeps_its_name_and_loses_its_address_and_phone()
    {
        var data = new PersonalData([new("张三")], [new("天津某某商贸有限公司", MayBeNamed: true, "天津市北辰区示范路8号", "022-26391234")]);

        var text = Deidentifier.Apply("天津某某商贸有限公司（法定代表人张三，住所：天津市北辰区示范路8号，电话022-26391234）销售侵权商品。", data);

        Assert.Equal("天津某某商贸有限公司（法定代表人张某）销售侵权商品。", text);
    }

    [Fact]
    public void Enterprises_that_may_not_be_named_are_masked_and_told_apart()
    {
        var data = new PersonalData([], [new("天津甲商贸有限公司", false), new("天津乙科技有限公司", false), new("北辰区丙食品店", false)]);

        var text = Deidentifier.Apply("天津甲商贸有限公司向天津乙科技有限公司和北辰区丙食品店供货。", data);

        Assert.Equal("甲公司向乙公司和某店供货。", text);
    }

    [Fact]
    public void A_persons_name_inside_a_masked_enterprise_name_goes_with_it()
    {
        var data = new PersonalData([new("张三")], [new("北辰区张三食品店", false)]);

        Assert.Equal("某店经营者张某", Deidentifier.Apply("北辰区张三食品店经营者张三", data));
    }

    [Fact]
    public void The_scan_names_every_kind_of_personal_data_left()
    {
        var data = new PersonalData([new("欧阳娜娜", Id, "天津市北辰区示范路8号", "13812345678")], [new("天津某某商贸有限公司", false)]);
        const string text = "欧阳娜娜（" + Id + "，电话13812345678，住址：天津市北辰区示范路8号）系天津某某商贸有限公司员工，"
            + "其同事身份证号码" + IdWithX + "，旧证" + OldId + "，办公电话022-26391234，家住北辰道12号。";

        var findings = Deidentifier.Scan(text, data);

        Assert.Contains(findings, f => f.Kind == PersonalDataKind.IdNumber && f.Value == Id && f.Message.Contains(Id, StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == PersonalDataKind.IdNumber && f.Value == IdWithX);
        Assert.Contains(findings, f => f.Kind == PersonalDataKind.IdNumber && f.Value == OldId);
        Assert.Contains(findings, f => f.Kind == PersonalDataKind.Phone && f.Value == "13812345678");
        Assert.Contains(findings, f => f.Kind == PersonalDataKind.Phone && f.Value == "022-26391234");
        Assert.Contains(findings, f => f.Kind == PersonalDataKind.PersonName && f.Value == "欧阳娜娜" && f.Message.Contains("欧阳某", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == PersonalDataKind.Address && f.Value == "天津市北辰区示范路8号");
        Assert.Contains(findings, f => f.Kind == PersonalDataKind.Address && f.Value == "北辰道12号");
        Assert.Contains(findings, f => f.Kind == PersonalDataKind.OrganisationName && f.Message.Contains("某公司", StringComparison.Ordinal));
        Assert.Equal(findings.Count, findings.Select(f => (f.Kind, f.Value)).Distinct().Count());
    }

    [Fact]
    public void A_lower_case_x_check_character_is_still_found()
    {
        var findings = Deidentifier.Scan("号码12011319800101123x", PersonalData.None);

        Assert.Equal(IdWithX, Assert.Single(findings).Value);
    }

    [Fact]
    public void A_masked_name_and_a_named_enterprise_are_no_findings()
    {
        var data = new PersonalData([new("张三丰", Id)], [new("天津某某商贸有限公司", MayBeNamed: true)]);

        Assert.Empty(Deidentifier.Scan("天津某某商贸有限公司及其员工张某销售侵权商品，罚款50000元，第1234567号商标。", data));
    }

    [Theory]
    [InlineData("当事人张三丰（身份证号码120113199001011234，住所天津市北辰区示范路8号，电话13812345678）在其店内销售侵犯“桂发祥”注册商标专用权的麻花。")]
    [InlineData("张三丰、欧阳娜娜于2023年9月在天津某某商贸有限公司（住所：天津市北辰区示范路8号）的仓库内存放假冒商品，联系电话022-26391234。")]
    [InlineData("经查，当事人张三丰，公民身份证号12011319800101123X，户籍地为天津市北辰区某某村，现住北辰道12号3门301室。")]
    public void What_apply_leaves_the_scan_finds_nothing_in(string input)
    {
        var data = new PersonalData(
            [new("张三丰", Id, "天津市北辰区示范路8号", "13812345678"), new("欧阳娜娜")],
            [new("天津某某商贸有限公司", false, "天津市北辰区示范路8号", "022-26391234")]);

        var text = Deidentifier.Apply(input, data);

        Assert.Empty(Deidentifier.Scan(text, data));
        Assert.DoesNotContain("张三丰", text, StringComparison.Ordinal);
        Assert.DoesNotContain("示范路", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_stays_empty()
    {
        Assert.Equal("", Deidentifier.Apply(null, PersonalData.None));
        Assert.Empty(Deidentifier.Scan("", PersonalData.None));
    }
}
