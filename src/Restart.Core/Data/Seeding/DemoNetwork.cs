using Restart.Core.Domain;

namespace Restart.Core.Data.Seeding;

/// <summary>
/// The demo regional network: the councils (협의회) of the Seoul and 경기북부 offices with agencies of the
/// kinds domain.md names, one agency at a few other offices, companies with job posts, and pilots.
/// Names are of the real kinds of institutions; phone numbers are made up.
/// </summary>
internal static class DemoNetwork
{
    internal sealed record AgencySeed(string Name, AgencyKind Kind, string Sido, string[] Councils, string Summary, string? Website = null);

    public static readonly AgencySeed[] Agencies =
    [
        new("서울강남고용복지플러스센터", AgencyKind.EmploymentWelfareCenter, "11", ["SEOUL"], "국민취업지원제도, 실업급여, 전직장려수당과 긴급복지를 한곳에서 안내합니다.", "https://www.work24.go.kr"),
        new("노사발전재단 서울중장년내일센터", AgencyKind.TripartiteFoundation, "11", ["SEOUL"], "40세 이상 중장년의 경력설계, 이력서 클리닉, 모의면접, 직무 체험과 재취업 후 사후관리.", "https://www.nosa.or.kr"),
        new("한국폴리텍대학 서울정수캠퍼스", AgencyKind.Polytechnic, "11", ["SEOUL"], "신중년 특화과정과 협약기업 채용으로 이어지는 기업연계 특화과정을 운영합니다.", "https://www.kopo.ac.kr"),
        new("신용회복위원회 서울중앙지부", AgencyKind.CreditCounseling, "11", ["SEOUL"], "채무조정, 소액 금융 지원, 재무 설계 교육으로 폐업 후 신용 회복을 돕습니다.", "https://www.ccrs.or.kr"),
        new("서울광역자활센터", AgencyKind.SelfSufficiencyCenter, "11", ["SEOUL"], "자활기금 점포임차 융자와 장비 지원, 자격 취득 과정, 자활사업단 참여를 연계합니다."),
        new("서울시50플러스재단", AgencyKind.JobFoundation, "11", ["SEOUL"], "50+ 세대의 일자리 탐색, 직무 교육, 사회공헌 일자리를 지원합니다."),
        new("소상공인연합회 서울지회", AgencyKind.SmallBusinessAssociation, "11", ["SEOUL"], "폐업 정리 교육, 재창업 사업화 컨설팅, 찾아가는 재기 플래너 상담."),
        new("서울특별시교육청 평생학습관", AgencyKind.EducationOffice, "11", ["SEOUL"], "디지털 역량과 돌봄 인력 양성 과정을 무료로 운영합니다."),
        new("서울과학기술대학교 RISE사업단", AgencyKind.University, "11", ["SEOUL"], "지역 창업 아카데미와 스마트 상점 전환 교육, 중장년 학점 과정."),
        new("서울서부고용복지플러스센터", AgencyKind.EmploymentWelfareCenter, "11", ["SEOUL"], "취업성공패키지 상담과 구인·구직 매칭, 고용보험 안내.", "https://www.work24.go.kr"),
        new("관악지역자활센터", AgencyKind.SelfSufficiencyCenter, "11", ["SEOUL"], "사례관리사가 배정되어 자활근로와 자격 취득, 창업을 함께 설계합니다."),
        new("의정부고용복지플러스센터", AgencyKind.EmploymentWelfareCenter, "41", ["GYEONGGI-NORTH"], "경기북부 구직자의 국민취업지원제도와 전직장려수당을 안내합니다.", "https://www.work24.go.kr"),
        new("고양고용복지플러스센터", AgencyKind.EmploymentWelfareCenter, "41", ["GYEONGGI-NORTH"], "고양·파주 지역 구인기업과 중장년 구직자를 잇습니다.", "https://www.work24.go.kr"),
        new("경기도일자리재단", AgencyKind.JobFoundation, "41", ["GYEONGGI", "GYEONGGI-NORTH"], "희망리턴패키지 재취업 교육, 일자리 박람회, 경기 재도전 일자리 지원금.", "https://www.gjf.or.kr"),
        new("한국폴리텍대학 경기북부캠퍼스", AgencyKind.Polytechnic, "41", ["GYEONGGI-NORTH"], "물류·전기·조리 분야 기업연계 과정과 국가기술자격 취득 과정.", "https://www.kopo.ac.kr"),
        new("노사발전재단 경기북부중장년내일센터", AgencyKind.TripartiteFoundation, "41", ["GYEONGGI-NORTH"], "중장년 전직 컨설팅과 Re-Start 패키지, 재취업 후 사후관리.", "https://www.nosa.or.kr"),
        new("신용회복위원회 의정부지부", AgencyKind.CreditCounseling, "41", ["GYEONGGI-NORTH"], "경기북부 폐업 소상공인의 채무조정과 신용 회복 상담.", "https://www.ccrs.or.kr"),
        new("경기북부광역자활센터", AgencyKind.SelfSufficiencyCenter, "41", ["GYEONGGI-NORTH"], "자활기금 융자와 장비 지원, 요양보호사 등 자격 취득 과정."),
        new("소상공인연합회 경기북부지회", AgencyKind.SmallBusinessAssociation, "41", ["GYEONGGI-NORTH"], "찾아가는 재기 플래너가 점포를 방문해 단계별 컨설팅과 융자 접수를 합니다."),
        new("경기도의정부교육지원청", AgencyKind.EducationOffice, "41", ["GYEONGGI-NORTH"], "방과후 강사와 학교 돌봄 인력 양성 과정."),
        new("경민대학교 RISE사업단", AgencyKind.University, "41", ["GYEONGGI-NORTH"], "경기북부 지역 창업 아카데미와 재직자 학점 과정."),
        new("부산광역자활센터", AgencyKind.SelfSufficiencyCenter, "26", ["BUSAN-ULSAN"], "부산 지역 자활기금 융자와 자활사업단 참여."),
        new("소상공인연합회 대구경북지회", AgencyKind.SmallBusinessAssociation, "27", ["DAEGU-GYEONGBUK"], "대구·경북 소상공인의 재창업 컨설팅."),
        new("광주광역시교육청", AgencyKind.EducationOffice, "29", ["GWANGJU-JEONNAM"], "평생교육 디지털 역량 과정."),
        new("전북대학교 RISE사업단", AgencyKind.University, "52", ["JEONBUK"], "전북 지역 창업 아카데미."),
    ];

    internal sealed record ProgrammeSeed(string Title, ProgrammeKind Kind, Track Track, long? Benefit = null, long? LoanLimit = null, decimal? Rate = null, int? TermMonths = null);

    /// <summary>What each kind of agency really offers, so demo programmes read like the real ones.</summary>
    public static readonly Dictionary<AgencyKind, ProgrammeSeed[]> Programmes = new()
    {
        [AgencyKind.EmploymentWelfareCenter] = [new("국민취업지원제도 취업활동계획 수립", ProgrammeKind.CareerConsulting, Track.ReEmployment), new("전직장려수당 신청 안내", ProgrammeKind.Allowance, Track.ReEmployment, Benefit: 1_000_000), new("긴급복지 생계지원 연계", ProgrammeKind.Welfare, Track.Both, Benefit: 1_830_000)],
        [AgencyKind.TripartiteFoundation] = [new("중장년 경력설계 및 이력서 클리닉", ProgrammeKind.CareerConsulting, Track.ReEmployment), new("모의면접과 1:1 전직 컨설팅", ProgrammeKind.CareerConsulting, Track.ReEmployment), new("직무 체험 프로그램", ProgrammeKind.Training, Track.ReEmployment, Benefit: 300_000)],
        [AgencyKind.Polytechnic] = [new("기업연계 특화과정 (조리 실무)", ProgrammeKind.CompanyLinkedTraining, Track.ReEmployment, Benefit: 316_000), new("신중년 특화과정 (전기설비)", ProgrammeKind.CertificationCourse, Track.ReEmployment), new("재창업 기술교육 (제과·제빵)", ProgrammeKind.Training, Track.ReFounding)],
        [AgencyKind.CreditCounseling] = [new("채무조정 및 신용회복 상담", ProgrammeKind.CreditRecovery, Track.Both), new("소액 금융 지원", ProgrammeKind.Loan, Track.Both, LoanLimit: 15_000_000, Rate: 3.0m, TermMonths: 60), new("재무 설계 교육", ProgrammeKind.CreditRecovery, Track.Both)],
        [AgencyKind.SelfSufficiencyCenter] = [new("자활기금 점포임차 융자", ProgrammeKind.Loan, Track.ReFounding, LoanLimit: 100_000_000, Rate: 1.0m, TermMonths: 60), new("요양보호사 자격 취득 과정", ProgrammeKind.CertificationCourse, Track.ReEmployment), new("창업 장비 지원", ProgrammeKind.EquipmentSupport, Track.ReFounding, Benefit: 5_000_000)],
        [AgencyKind.JobFoundation] = [new("희망리턴패키지 재취업 역량강화 교육", ProgrammeKind.Training, Track.ReEmployment, Benefit: 400_000), new("중장년 일자리 매칭 박람회", ProgrammeKind.CareerConsulting, Track.ReEmployment), new("재도전 일자리 지원금", ProgrammeKind.Allowance, Track.ReEmployment, Benefit: 1_500_000)],
        [AgencyKind.SmallBusinessAssociation] = [new("재창업 사업화 컨설팅", ProgrammeKind.StartupCoaching, Track.ReFounding), new("찾아가는 재기 플래너 상담", ProgrammeKind.StartupCoaching, Track.ReFounding), new("폐업 정리 및 재기 교육", ProgrammeKind.Training, Track.Both)],
        [AgencyKind.EducationOffice] = [new("평생교육 디지털 역량 과정", ProgrammeKind.Training, Track.ReEmployment), new("방과후 강사 양성 과정", ProgrammeKind.Training, Track.ReEmployment), new("학교 돌봄 인력 양성", ProgrammeKind.Training, Track.ReEmployment)],
        [AgencyKind.University] = [new("RISE 지역 창업 아카데미", ProgrammeKind.StartupCoaching, Track.ReFounding), new("스마트 상점 전환 교육", ProgrammeKind.Training, Track.ReFounding), new("중장년 재취업 학점 과정", ProgrammeKind.Training, Track.ReEmployment)],
    };

    internal sealed record CompanySeed(string Name, string Sigungu, string Industry, bool Agreement, bool Verified = true);

    public static readonly CompanySeed[] Companies =
    [
        new("(주)한빛푸드", "11200", "10", Agreement: true),
        new("성수정밀", "11200", "29", Agreement: false),
        new("푸른요양원", "11440", "87", Agreement: true),
        new("새벽베이커리", "11680", "56", Agreement: false),
        new("서울시설관리(주)", "11680", "74", Agreement: true),
        new("마포돌봄센터", "11440", "87", Agreement: false),
        new("고양물류센터(주)", "41281", "52", Agreement: true),
        new("의정부한마음요양원", "41150", "87", Agreement: true),
        new("파주출판인쇄(주)", "41480", "18", Agreement: false),
        new("양주섬유", "41630", "13", Agreement: false),
        new("남양주하나마트", "41360", "47", Agreement: false),
        new("포천식품(주)", "41650", "10", Agreement: true),
        new("종로한정식(주)", "11110", "56", Agreement: true),
        new("용산물류(주)", "11170", "52", Agreement: false),
        new("송파실버케어", "11710", "87", Agreement: true),
        new("강서마트(주)", "11500", "47", Agreement: false),
        new("구리농수산유통(주)", "41310", "46", Agreement: false),
        new("일산재가복지센터", "41285", "87", Agreement: true),
        new("연천두부(주)", "41800", "10", Agreement: true),
        new("가평펜션관리", "41820", "55", Agreement: false),
        new("동두천가구공방", "41250", "32", Agreement: false, Verified: false),
        new("대성종합건설", "26350", "41", Agreement: false),
        new("미래돌봄센터", "27260", "87", Agreement: false),
        new("청솔택배", "41110", "49", Agreement: false),
        new("전주한옥식당", "52111", "56", Agreement: false),
    ];

    internal sealed record JobSeed(string Title, string Occupation, WageKind WageKind, int Wage, int Hours, ShiftKind Shift, EmploymentType Type, string? Qualification = null, string? Skills = null, int Experience = 0, bool Training = false);

    public static readonly JobSeed[] Jobs =
    [
        new("한식 조리사 (주 5일)", "5312", WageKind.Monthly, 2_800_000, 40, ShiftKind.Day, EmploymentType.Permanent, "7910", "한식 조리, 식재료 관리", 2),
        new("단체급식 조리원", "5318", WageKind.Monthly, 2_450_000, 40, ShiftKind.Day, EmploymentType.Permanent, Skills: "대량 조리, 위생 관리", Training: true),
        new("주방 보조원 (오전)", "5323", WageKind.Hourly, 11_000, 20, ShiftKind.Day, EmploymentType.PartTime),
        new("요양보호사", "5501", WageKind.Monthly, 2_300_000, 40, ShiftKind.Rotating, EmploymentType.Permanent, Skills: "요양보호사 자격증(보건복지부)", Training: true),
        new("노인 돌봄 종사원", "5503", WageKind.Hourly, 11_500, 30, ShiftKind.Day, EmploymentType.FixedTerm),
        new("건물 청소원", "5611", WageKind.Hourly, 10_500, 30, ShiftKind.Day, EmploymentType.PartTime),
        new("택배 배송 기사", "6241", WageKind.Monthly, 3_200_000, 48, ShiftKind.Day, EmploymentType.FixedTerm, Skills: "1종 보통 운전면허", Experience: 1),
        new("지게차 운전 및 상하차", "6245", WageKind.Monthly, 2_900_000, 40, ShiftKind.Rotating, EmploymentType.Permanent, "7875", "재고 관리", 1, Training: true),
        new("화물 분류원 (야간)", "6246", WageKind.Hourly, 12_500, 40, ShiftKind.Night, EmploymentType.FixedTerm),
        new("매장 판매원", "6152", WageKind.Monthly, 2_350_000, 40, ShiftKind.Flexible, EmploymentType.Permanent, Skills: "POS, 고객 응대"),
        new("제과·제빵사", "8711", WageKind.Monthly, 2_600_000, 40, ShiftKind.Day, EmploymentType.Permanent, "7893", "제빵 공정, 원가 관리", 1),
        new("경리 사무원", "0272", WageKind.Monthly, 2_500_000, 40, ShiftKind.Day, EmploymentType.Permanent, Skills: "엑셀, 전산회계", Experience: 2),
        new("고객 상담원", "0292", WageKind.Monthly, 2_400_000, 40, ShiftKind.Day, EmploymentType.FixedTerm, Skills: "전화 상담", Training: true),
    ];

    internal sealed record PilotSeed(string Office, string Title, string TargetGroup, int Places, string[] Members, string[] ProgrammeTitles, string Description);

    public static readonly PilotSeed[] Pilots =
    [
        new("SEOUL", "중장년 폐업 소상공인 재취업 연계 시범사업", "40~64세 폐업 소상공인 (재취업 트랙)", 40,
            ["서울강남고용복지플러스센터", "노사발전재단 서울중장년내일센터", "한국폴리텍대학 서울정수캠퍼스"],
            ["기업연계 특화과정 (조리 실무)", "중장년 경력설계 및 이력서 클리닉"],
            "경력설계 → 기업연계 훈련 → 협약기업 채용 → 6개월 사후관리까지 세 기관이 한 사람을 함께 맡습니다."),
        new("SEOUL", "재창업 준비 소상공인 금융·코칭 패키지", "재창업을 준비하는 폐업 소상공인", 30,
            ["신용회복위원회 서울중앙지부", "서울광역자활센터", "소상공인연합회 서울지회"],
            ["채무조정 및 신용회복 상담", "자활기금 점포임차 융자", "재창업 사업화 컨설팅"],
            "신용 회복 상담을 먼저 받고, 점포임차 융자와 사업화 컨설팅으로 이어집니다."),
        new("GYEONGGI-NORTH", "경기북부 찾아가는 재기 플래너 시범사업", "경기북부 10개 시·군의 폐업(예정) 소상공인", 50,
            ["소상공인연합회 경기북부지회", "경기도일자리재단", "의정부고용복지플러스센터"],
            ["찾아가는 재기 플래너 상담", "희망리턴패키지 재취업 역량강화 교육"],
            "플래너가 점포를 방문해 상담하고, 재취업을 원하는 사람은 교육과 고용센터로 바로 연결합니다."),
        new("GYEONGGI-NORTH", "접경지역 기업연계 일자리 시범사업", "파주·연천·포천 거주 중장년", 25,
            ["한국폴리텍대학 경기북부캠퍼스", "고양고용복지플러스센터", "경민대학교 RISE사업단"],
            ["기업연계 특화과정 (조리 실무)", "신중년 특화과정 (전기설비)"],
            "지역 협약기업과 함께 훈련 과정을 만들고 수료생을 채용으로 잇습니다."),
    ];
}
