using Microsoft.EntityFrameworkCore;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Publicity;

/// <summary>Set-up for the publicity tests: persons of the registry and closed cases written straight to the database.</summary>
internal static class PublicityTestData
{
    /// <summary>A valid 18-digit 居民身份证号码 born on 1990-01-01 with the given 3-digit sequence.</summary>
    public static string IdNumber(int sequence)
    {
        var first17 = $"12011319900101{sequence:D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    public static Task<int> PersonAsync(ZhibaoApp app, string name, string idNumber, string address, string phone) =>
        CaseTestData.WithDbAsync(app, async db =>
        {
            var party = new Party { Kind = PartyKind.Person, Name = name, ResidentIdNumber = idNumber, Address = address, Phone = phone };
            db.Parties.Add(party);
            await db.SaveChangesAsync();
            return party.Id;
        });

    /// <summary>
    /// A penalty case closed after a published fine (5,000 yuan, so published for three months from <paramref name="publishedOn"/>),
    /// with <paramref name="partyId"/> as the party and a trademark right; its summary names the party with all their data.
    /// </summary>
    public static Task<int> ClosedPenaltyCaseAsync(ZhibaoApp app, string unitCode, int partyId, string title, string summary, int number,
        string status = nameof(PenaltyCaseStatus.Closed), DateOnly? publishedOn = null) => CaseTestData.WithDbAsync(app, async db =>
    {
        var unit = await db.OrgUnits.SingleAsync(u => u.Code == unitCode);
        var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var c = new PenaltyCase
        {
            Kind = CaseKind.Penalty, CaseNumber = $"津辰市监知罚〔2023〕{number}号", Title = title, Subject = "商标侵权", Source = "投诉",
            Summary = summary, OrgUnitId = unit.Id, Status = status, ReceivedOn = new DateOnly(2023, 9, 1), FiledOn = new DateOnly(2023, 9, 4),
            ReviewedOn = new DateOnly(2023, 9, 12), NotifiedOn = new DateOnly(2023, 9, 13), DecidedOn = new DateOnly(2023, 9, 20),
            Outcome = DecisionOutcome.Penalty, FineAmount = 5000m, DecisionContent = "责令立即停止侵权行为，没收侵权商品，并处罚款5000元",
            PaidOn = new DateOnly(2023, 9, 22), PaidAmount = 5000m, PublishedOn = publishedOn ?? new DateOnly(2023, 9, 25),
            PublicationDuration = "3个月", ClosedOn = new DateOnly(2023, 9, 28), CreatedAt = now, CreatedById = admin.Id, UpdatedAt = now,
            Parties = [new CaseParty { PartyId = partyId, Role = CasePartyRole.Respondent }],
            Rights = [new CaseRight { Kind = RightKind.Trademark, Number = "1234567", NiceClass = 30, Name = "桂发祥", Holder = "天津桂发祥十八街麻花食品股份有限公司" }],
        };
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });

    /// <summary>A mediation that ended with an agreement between two enterprises.</summary>
    public static Task<int> AgreedMediationAsync(ZhibaoApp app, string unitCode, int requesterId, int respondentId, string title) =>
        CaseTestData.WithDbAsync(app, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Code == unitCode);
            var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var c = new MediationCase
            {
                Title = title, Subject = "商标侵权", Source = "其他", DisputeType = "商标侵权纠纷", MediationType = MediationType.Administrative,
                OrgUnitId = unit.Id, Status = nameof(MediationStatus.Closed), ReceivedOn = new DateOnly(2023, 8, 1), FiledOn = new DateOnly(2023, 8, 3),
                AgreementSignedOn = new DateOnly(2023, 8, 20), AgreementContent = "被申请人赔偿申请人经济损失20000元，并停止销售涉案商品",
                ClosedOn = new DateOnly(2023, 8, 30), CreatedAt = now, CreatedById = admin.Id, UpdatedAt = now,
                Parties = [new CaseParty { PartyId = requesterId, Role = CasePartyRole.Requester }, new CaseParty { PartyId = respondentId, Role = CasePartyRole.Respondent }],
            };
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
}
