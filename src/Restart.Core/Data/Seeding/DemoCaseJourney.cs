using Bogus;
using Restart.Core.Domain;

namespace Restart.Core.Data.Seeding;

/// <summary>
/// Walks one demo case through the real domain methods to a chosen status, a few days per step, adding what
/// staff would have recorded on the way (a supplement request, a plan, counseling, follow-ups).
/// </summary>
internal sealed class DemoCaseJourney(RestartDbContext db, Faker faker, DateTime now)
{
    private static readonly (string Text, ActionOwner Owner)[] PlanItems =
    [
        ("이력서와 자기소개서 작성", ActionOwner.Applicant),
        ("고용24 구직 등록", ActionOwner.Applicant),
        ("직업훈련 과정 상담 연계", ActionOwner.Counselor),
        ("채무조정 상담 예약", ActionOwner.Partner),
        ("모의면접 2회 참여", ActionOwner.Applicant),
        ("재창업 사업계획서 초안", ActionOwner.Applicant),
    ];

    private static readonly string[] Notes =
    [
        "폐업 후 생활비 부담이 커서 빠른 재취업을 희망함. 조리 경력을 살릴 수 있는 일자리 위주로 안내.",
        "채무 상환 부담 상담. 신용회복위원회 채무조정 절차를 설명하고 서류 목록을 전달함.",
        "재창업 의지가 강함. 상권 분석과 업종 전환 가능성을 함께 검토하기로 함.",
        "이력서 초안 검토. 자영업 경력을 관리 경험으로 정리하도록 조언.",
        "면접 연습 진행. 공백 기간 설명을 준비함.",
        "심리적으로 위축된 상태. 정신건강복지센터 연계를 제안하고 동의받음.",
    ];

    public DateTime At { get; private set; }

    /// <summary>Moves <paramref name="c"/> (just submitted at <see cref="At"/>) towards <paramref name="target"/>; the counselor is given for any status past eligibility.</summary>
    public void Walk(Case c, CaseStatus target, string counselorId, string counselorName, string managerId)
    {
        At = c.SubmittedAt!.Value;
        if (target == CaseStatus.Submitted)
        {
            return;
        }

        c.StartReview(counselorId, Next());
        if (target == CaseStatus.EligibilityReview)
        {
            return;
        }

        if (target == CaseStatus.SupplementRequested)
        {
            var deadline = DateOnly.FromDateTime(Next()).AddDays(faker.Random.Int(-3, 12));
            c.TransitionTo(CaseStatus.SupplementRequested, counselorId, CaseEventReason.SupplementRequested, At,
                [deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
            db.SupplementRequests.Add(new SupplementRequest { CaseId = c.Id, Message = "폐업사실증명원(국세청 발급)을 올려 주세요.", Deadline = deadline, RequestedAt = At, RequestedByUserId = counselorId });
            return;
        }

        if (target == CaseStatus.Ineligible)
        {
            c.DecideEligibility(faker.PickRandom(IneligibleReason.OperatedTooShort, IneligibleReason.TooManyEmployees, IneligibleReason.ExcludedIndustry), counselorId, Next(), null);
            return;
        }

        c.DecideEligibility(null, counselorId, Next(), "폐업사실증명원 확인");
        if (target == CaseStatus.Eligible)
        {
            return;
        }

        c.Assign(counselorId, counselorName, managerId, Next(), null);
        if (target == CaseStatus.OnHold)
        {
            c.Hold(counselorId, Next(), "입원 치료로 3주간 상담이 어렵다고 연락함");
            return;
        }

        if (target == CaseStatus.Assigned)
        {
            return;
        }

        var track = c.Track ?? Track.ReEmployment;
        c.AgreePlan(counselorId, Next(), null);
        db.CasePlans.Add(new CasePlan { CaseId = c.Id, Track = track, Goals = track == Track.ReFounding ? "6개월 안에 업종을 바꾸어 재창업" : "3개월 안에 경력을 살린 일자리로 재취업", AgreedAt = At, AgreedByUserId = counselorId });
        foreach (var (text, owner) in faker.PickRandom(PlanItems, 3))
        {
            // Most items whose date has passed were done by then; a few are late, as in any caseload.
            var due = DateOnly.FromDateTime(At).AddDays(faker.Random.Int(7, 40));
            var done = due < DateOnly.FromDateTime(now) && (target != CaseStatus.InService || faker.Random.Bool(0.85f)) ? due.AddDays(-faker.Random.Int(0, 5)) : (DateOnly?)null;
            db.CaseActionItems.Add(new CaseActionItem { CaseId = c.Id, Description = text, Owner = owner, DueOn = due, DoneOn = done });
        }

        if (target == CaseStatus.PlanAgreed)
        {
            return;
        }

        c.StartService(counselorId, Next(), null);
        Counsel(c, counselorId, faker.Random.Int(1, 3));
        if (target == CaseStatus.InService)
        {
            return;
        }

        if (target is CaseStatus.Founded || (target is CaseStatus.FollowUp or CaseStatus.Closed or CaseStatus.Reopened && track == Track.ReFounding))
        {
            c.RecordFounding("1248100998", DateOnly.FromDateTime(Next()), counselorId, At, null);
        }
        else
        {
            c.RecordPlacement(faker.PickRandom("(주)한빛푸드", "다온물류", "푸른요양원", "한결마트", "청솔택배"), DateOnly.FromDateTime(Next()), faker.Random.Int(210, 300) * 10_000, null, counselorId, At, null);
        }

        var followUps = c.ScheduleFollowUps().ToList();
        db.CaseFollowUps.AddRange(followUps);
        if (target is CaseStatus.Placed or CaseStatus.Founded)
        {
            return;
        }

        foreach (var f in followUps.Where(f => f.DueOn.ToDateTime(TimeOnly.MinValue) < now))
        {
            (f.RecordedAt, f.RecordedByUserId, f.StillWorking, f.MonthlyWage, f.NeedsMoreHelp) = (Next(), counselorId, true, faker.Random.Int(210, 300) * 10_000, false);
            c.RecordFollowUp(f.Month, counselorId, At, null);
        }

        if (target == CaseStatus.Closed)
        {
            if (!c.CloseWith(CaseClosure.Success, counselorId, Next(), null))
            {
                c.CloseWith(CaseClosure.Withdrawn, counselorId, At, "본인 사정으로 지원 중단을 요청함");
            }
        }
        else if (target == CaseStatus.Reopened)
        {
            c.CloseWith(CaseClosure.Success, counselorId, Next(), null);
            c.Reopen(counselorId, Next(), "근무하던 회사가 문을 닫아 다시 지원을 요청함");
        }
    }

    /// <summary>Counseling sessions after <see cref="At"/>, one of them an outreach visit now and then.</summary>
    public void Counsel(Case c, string counselorId, int sessions)
    {
        for (var i = 0; i < sessions; i++)
        {
            var outreach = faker.Random.Bool(0.2f);
            var held = Next();
            db.CounselingSessions.Add(new CounselingSession
            {
                CaseId = c.Id,
                OfficeId = c.RegionalOfficeId!.Value,
                HeldAt = held,
                Mode = outreach ? CounselingMode.Outreach : faker.PickRandom(CounselingMode.Office, CounselingMode.Phone, CounselingMode.Video),
                Topics = faker.PickRandom(CounselingTopics.CareerDesign | CounselingTopics.Resume, CounselingTopics.CreditAndDebt, CounselingTopics.ReFounding, CounselingTopics.InterviewPractice | CounselingTopics.PsychologicalSupport),
                Notes = faker.PickRandom(Notes),
                AuthorUserId = counselorId,
                WrittenAt = held,
                VisitSigunguCode = outreach ? c.BusinessSigunguCode : null,
                BusinessStage = outreach ? faker.PickRandom<BusinessStage>() : null,
                NeedsFound = outreach ? "임대료 부담, 업종 전환 상담 필요" : null,
                IntakeOnSite = outreach && faker.Random.Bool() ? "자활기금 점포임차 융자 신청서 접수" : null,
            });
        }
    }

    /// <summary>A few days later, never past now.</summary>
    private DateTime Next()
    {
        var next = At.AddDays(faker.Random.Double(1, 6));
        At = next < now ? next : now.AddMinutes(-faker.Random.Int(5, 300));
        return At;
    }
}
