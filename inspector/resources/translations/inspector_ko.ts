<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Analytics</name>
    <message>
        <source>Return rate by category</source>
        <translation>카테고리별 반품률</translation>
    </message>
    <message>
        <source>Products returned more than the average</source>
        <translation>평균보다 많이 반품된 제품</translation>
    </message>
    <message>
        <source>Units by disposition</source>
        <translation>처분별 제품 수</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>반품 사유</translation>
    </message>
    <message>
        <source>Reason against condition</source>
        <translation>사유와 상태 비교</translation>
    </message>
    <message>
        <source>Days from delivery to return</source>
        <translation>배송부터 반품까지 일수</translation>
    </message>
    <message>
        <source>Cost of returns (net by disposition)</source>
        <translation>반품 비용 (처분별 순액)</translation>
    </message>
    <message>
        <source>Customers by return behaviour</source>
        <translation>반품 성향별 고객</translation>
    </message>
    <message>
        <source>Returns by customer region</source>
        <translation>고객 지역별 반품</translation>
    </message>
    <message>
        <source>Returns by sales channel</source>
        <translation>판매 채널별 반품</translation>
    </message>
    <message>
        <source>RMAs per week</source>
        <translation>주별 RMA</translation>
    </message>
    <message>
        <source>Words in customer comments</source>
        <translation>고객 의견에 자주 나오는 단어</translation>
    </message>
    <message>
        <source>Policy exceptions: verdicts overridden, per week and rule</source>
        <translation>정책 예외: 판정을 뒤집은 건수 (주별, 규칙별)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>판매 수량</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>반품 수량</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>반품률</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU(품목 코드)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>주요 사유</translation>
    </message>
    <message>
        <source>Top flags</source>
        <translation>주요 표시</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>처분</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Units graded</source>
        <translation>검수 수량</translation>
    </message>
    <message>
        <source>Condition says otherwise</source>
        <translation>상태가 사유와 다름</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>RMAs</source>
        <translation>RMA 수</translation>
    </message>
    <message>
        <source>Minutes at the bench (avg)</source>
        <translation>검수대 작업 시간(평균, 분)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Value recovered</source>
        <translation>회수 가치</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>순액</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>고객 구분</translation>
    </message>
    <message>
        <source>Share of RMAs</source>
        <translation>RMA 비율</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Same week a year before</source>
        <translation>1년 전 같은 주</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>의견 수</translation>
    </message>
    <message>
        <source>all categories: {rate}</source>
        <translation>전체 카테고리: {rate}</translation>
    </message>
    <message>
        <source>per unit: return shipping {shipping}, a bench hour {hour}, refurbishing {refurbish}, disposal {disposal}</source>
        <translation>제품당: 반품 배송 {shipping}, 검수대 1시간 {hour}, 리퍼 {refurbish}, 폐기 {disposal}</translation>
    </message>
    <message>
        <source>products with at least 5 units sold</source>
        <translation>5개 이상 판매된 제품</translation>
    </message>
    <message>
        <source>units flagged as not matching their reason: a defect claimed on a like-new unit, say</source>
        <translation>사유와 상태가 맞지 않는 제품: 예를 들어 새것 같은 제품에 대한 불량 신고</translation>
    </message>
    <message>
        <source>each RMA by how many RMAs its customer had made up to it</source>
        <translation>고객이 그때까지 한 반품 횟수별 RMA</translation>
    </message>
    <message>
        <source>the seasonal pattern: this year&apos;s weeks beside last year&apos;s</source>
        <translation>계절 패턴: 올해의 주별 수치와 작년 같은 주</translation>
    </message>
    <message>
        <source>first return</source>
        <translation>첫 반품</translation>
    </message>
    <message>
        <source>2nd or 3rd return</source>
        <translation>2~3번째 반품</translation>
    </message>
    <message>
        <source>4th return or later</source>
        <translation>4번째 이상 반품</translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}부터 {end}까지</translation>
    </message>
    <message>
        <source>Could not save {file}.</source>
        <translation>저장하지 못했습니다: {file}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} 저장됨</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Save PNG</source>
        <translation>PNG 저장</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>CSV 저장</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>(no log file)</source>
        <translation>(로그 파일 없음)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Returns Inspector hit an unexpected error. What you saved is safe.

{summary}

The details are in the log file:
{log}

Please pass this file to your supervisor.</source>
        <translation>Returns Inspector에 예기치 않은 오류가 발생했습니다. 저장한 내용은 안전합니다.

{summary}

자세한 내용은 로그 파일에 있습니다:
{log}

이 파일을 감독자에게 전달해 주세요.</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <source>Accept</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Send it to:</source>
        <translation>보낼 곳:</translation>
    </message>
    <message>
        <source>Damage the checklist missed</source>
        <translation>체크리스트에 없는 손상</translation>
    </message>
    <message>
        <source>Better than the checklist says</source>
        <translation>체크리스트보다 상태가 좋음</translation>
    </message>
    <message>
        <source>Customer service asked for it</source>
        <translation>고객센터 요청</translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation>사유 (필수)</translation>
    </message>
    <message>
        <source>Commit override</source>
        <translation>변경 확정</translation>
    </message>
    <message>
        <source>{disposition} · grade {grade}</source>
        <translation>{disposition} · 등급 {grade}</translation>
    </message>
    <message>
        <source>Rule: {name}</source>
        <translation>규칙: {name}</translation>
    </message>
</context>
<context>
    <name>DemoSplash</name>
    <message>
        <source>Returns Inspector</source>
        <translation>Returns Inspector</translation>
    </message>
    <message>
        <source>Building the demo warehouse (first start only)…</source>
        <translation>데모 창고를 만드는 중입니다 (처음 시작할 때만)…</translation>
    </message>
    <message>
        <source>Making the catalogue and the customers…</source>
        <translation>상품 목록과 고객을 만드는 중…</translation>
    </message>
    <message>
        <source>Placing orders and returns: {done} of {total} RMAs</source>
        <translation>주문과 반품을 만드는 중: RMA {total}건 중 {done}건</translation>
    </message>
    <message>
        <source>Sealing the audit trail…</source>
        <translation>감사 기록을 봉인하는 중…</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <source>Scan the RMA or parcel label, or type its number</source>
        <translation>RMA 또는 소포 라벨을 스캔하거나 번호를 입력하십시오</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>검수</translation>
    </message>
    <message>
        <source>Open a received parcel to grade its units one by one.</source>
        <translation>입고된 소포를 열어 제품을 하나씩 검수하십시오.</translation>
    </message>
    <message>
        <source>Choose a picture of the unit</source>
        <translation>제품 사진 선택</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</source>
        <translation>사진 (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Saved on this station, will be written when the database is back. The decision waits for the database.</source>
        <translation>이 스테이션에 저장했습니다. 데이터베이스가 복구되면 기록됩니다. 판정은 데이터베이스를 기다립니다.</translation>
    </message>
    <message>
        <source>Saved on this station, will be written when the database is back. Go on with the next question.</source>
        <translation>이 스테이션에 저장했습니다. 데이터베이스가 복구되면 기록됩니다. 다음 질문으로 계속하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) saved on this station could not be written: the unit was decided or taken over meanwhile. Check the unit.</source>
        <translation>
            <numerusform>이 스테이션에 저장한 답변 %n개를 기록하지 못했습니다: 그사이 유닛이 판정되었거나 다른 사람이 넘겨받았습니다. 유닛을 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers saved on this station are written. You may decide.</source>
        <translation>이 스테이션에 저장한 답변을 기록했습니다. 이제 판정할 수 있습니다.</translation>
    </message>
    <message>
        <source>{rma} is complete: every unit is accounted for.</source>
        <translation>{rma} 완료: 모든 제품이 처리되었습니다.</translation>
    </message>
    <message>
        <source>Unit {unit} committed.</source>
        <translation>제품 {unit} 확정됨.</translation>
    </message>
    <message>
        <source>No printer is set: write the bin on the unit.</source>
        <translation>프린터가 설정되지 않았습니다. 제품에 보관함을 적어 두십시오.</translation>
    </message>
    <message>
        <source>The RMA is complete.</source>
        <translation>RMA가 완료되었습니다.</translation>
    </message>
    <message>
        <source>No tag printer is set for this station.</source>
        <translation>이 스테이션에 태그 프린터가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Tag printer: waiting for its first answer</source>
        <translation>태그 프린터: 첫 응답을 기다리는 중</translation>
    </message>
    <message numerus="yes">
        <source>Tag printer: {state} · %n tag(s) waiting</source>
        <translation>
            <numerusform>태그 프린터: {state} · 대기 중인 태그 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>a tag stopped mid-way: reprint it if it is missing</source>
        <translation>태그 인쇄가 중간에 멈췄습니다. 태그가 없으면 다시 인쇄하십시오</translation>
    </message>
    <message numerus="yes">
        <source>%n more wait for an old printer address: send them from Settings</source>
        <translation>
            <numerusform>이전 프린터 주소에서 %n개가 더 기다립니다: 설정에서 보내세요</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish this unit first: answer the question on screen.</source>
        <translation>먼저 이 제품을 마치십시오: 화면의 질문에 답하십시오.</translation>
    </message>
    <message>
        <source>Resuming unit {unit} where it was left.</source>
        <translation>제품 {unit}의 검수를 멈춘 곳부터 이어갑니다.</translation>
    </message>
</context>
<context>
    <name>ItemCheckView</name>
    <message>
        <source>Item barcode or serial</source>
        <translation>제품 바코드 또는 일련번호</translation>
    </message>
    <message>
        <source>Item matches (checked by eye)</source>
        <translation>제품 일치 (육안 확인)</translation>
    </message>
    <message>
        <source>Continue with this item</source>
        <translation>이 제품으로 계속</translation>
    </message>
    <message>
        <source>Not the expected item. Scan what was found, or continue with it.</source>
        <translation>예상한 제품이 아닙니다. 발견된 제품을 스캔하거나 그대로 계속하십시오.</translation>
    </message>
    <message>
        <source>Scan the item&apos;s barcode (UPC/EAN) or serial number.</source>
        <translation>제품 바코드(UPC/EAN) 또는 일련번호를 스캔하십시오.</translation>
    </message>
    <message>
        <source>Wrong item: this is not what the customer bought.</source>
        <translation>다른 제품: 고객이 구매한 제품이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Returns Inspector</source>
        <translation>Returns Inspector</translation>
    </message>
    <message>
        <source>Returns
Inspector</source>
        <translation>반품
검수</translation>
    </message>
    <message>
        <source>Find RMA</source>
        <translation>RMA 찾기</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>스캔</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>검수</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) wait for the database</source>
        <translation>
            <numerusform>데이터베이스를 기다리는 스캔 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>쇼핑몰</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>로그인한 사람 없음</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>데이터베이스: {where}</translation>
    </message>
    <message>
        <source>Signed in: {name} ({roles})</source>
        <translation>로그인: {name} ({roles})</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation>
            <numerusform>%n분 동안 사용하지 않아 로그아웃했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: tap your name or scan your badge.</source>
        <translation>먼저 로그인하세요: 이름을 누르거나 사원증을 스캔하세요.</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>스테이션: {name}</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Name as people know it</source>
        <translation>동료들이 부르는 이름</translation>
    </message>
    <message>
        <source>login, e.g. dana</source>
        <translation>로그인 ID (예: dana)</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>숫자 4~8자리</translation>
    </message>
    <message>
        <source>type or scan into this box</source>
        <translation>입력하거나 이 칸에 스캔하세요</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>작업자 추가</translation>
    </message>
    <message>
        <source>Set this PIN for the chosen operator</source>
        <translation>선택한 작업자의 PIN 변경</translation>
    </message>
    <message>
        <source>Set this badge for the chosen operator</source>
        <translation>선택한 작업자의 사원증 등록</translation>
    </message>
    <message>
        <source>Disable the chosen operator</source>
        <translation>선택한 작업자 비활성화</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 번호</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>사원증</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>{time}까지 잠김</translation>
    </message>
    <message>
        <source>Tap an operator in the list first.</source>
        <translation>먼저 목록에서 작업자를 누르세요.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name}님을 추가했습니다.</translation>
    </message>
    <message>
        <source>New PIN set for {login}; they are unlocked.</source>
        <translation>{login}의 새 PIN을 설정하고 잠금을 풀었습니다.</translation>
    </message>
    <message>
        <source>Badge registered for {login}.</source>
        <translation>{login}의 사원증을 등록했습니다.</translation>
    </message>
    <message>
        <source>{login} can no longer sign in.</source>
        <translation>{login}은(는) 더 이상 로그인할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Write the dates like 2026-11-26.</source>
        <translation>날짜는 2026-11-26처럼 적으십시오.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Back to names</source>
        <translation>이름 목록으로</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>PIN을 입력하세요</translation>
    </message>
</context>
<context>
    <name>PolicyBox</name>
    <message>
        <source>Return policy</source>
        <translation>반품 정책</translation>
    </message>
    <message>
        <source>Requested returns: the policy approves and declines them by itself (auto)</source>
        <translation>반품 요청: 정책이 스스로 승인하고 거절합니다 (자동)</translation>
    </message>
    <message>
        <source>Read the policy again</source>
        <translation>정책 다시 읽기</translation>
    </message>
    <message numerus="yes">
        <source>In force: {name} {version}, %n rule(s)</source>
        <translation>
            <numerusform>적용 중: {name} {version}, 규칙 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}
SHA-256 {hash}</source>
        <translation>{path}
SHA-256 해시 {hash}</translation>
    </message>
    <message>
        <source>{file} was refused; the last good policy stays in force:</source>
        <translation>{file} 파일이 거부되어 마지막으로 정상이던 정책을 계속 적용합니다:</translation>
    </message>
    <message>
        <source>The policy now decides requested returns; REVIEW waits for a person.</source>
        <translation>이제 정책이 반품 요청을 결정합니다. 검토(REVIEW)는 사람을 기다립니다.</translation>
    </message>
    <message>
        <source>Requested returns wait for a supervisor.</source>
        <translation>반품 요청은 감독자의 결정을 기다립니다.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The database is busy. Wait a moment and try again.</source>
        <translation>데이터베이스가 사용 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database was set up by a newer version of Returns Inspector. Update this station before using it.</source>
        <translation>데이터베이스가 더 새로운 버전의 Returns Inspector로 만들어졌습니다. 이 스테이션을 업데이트한 뒤 사용하세요.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Nothing was saved: check the network and the database server, then try again.</source>
        <translation>데이터베이스에 연결할 수 없습니다. 아무것도 저장되지 않았습니다. 네트워크와 데이터베이스 서버를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database cannot be reached: {detail}</source>
        <translation>데이터베이스에 연결할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>Sign in to {what}.</source>
        <translation>&apos;{what}&apos;을(를) 하려면 로그인하세요.</translation>
    </message>
    <message>
        <source>{name} may not {what}: that needs the {role} role.</source>
        <translation>{name}님은 &apos;{what}&apos; 권한이 없습니다. {role} 역할이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN, %n tries left.</source>
        <translation>
            <numerusform>PIN이 틀렸습니다. 남은 시도 %n번.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs: locked until {time}. Scan your badge or ask a supervisor.</source>
        <translation>PIN을 여러 번 틀려 {time}까지 잠겼습니다. 사원증을 스캔하거나 감독자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Sign-in refused: {detail}</source>
        <translation>로그인 거부: {detail}</translation>
    </message>
    <message>
        <source>{uri} answers, but it is not an ESC/POS printer (another service is at that address or port). Check the printer&apos;s address and port.</source>
        <translation>{uri}에서 응답은 오지만 ESC/POS 프린터가 아닙니다 (그 주소나 포트에 다른 서비스가 있습니다). 프린터 주소와 포트를 확인하세요.</translation>
    </message>
    <message>
        <source>The printer at {uri} cannot print now: {state}.</source>
        <translation>{uri} 프린터는 지금 인쇄할 수 없습니다: {state}.</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>예기치 않은 오류: {detail}</translation>
    </message>
    <message>
        <source>Check character wrong: scan again or retype. Nothing was recorded.</source>
        <translation>검사 문자가 틀렸습니다: 다시 스캔하거나 다시 입력하세요. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Too long for a label ({length} characters): scan the return label. Nothing was recorded.</source>
        <translation>라벨이라기에는 너무 깁니다 ({length}자): 반품 라벨을 스캔하세요. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>The scan holds characters no label has (a misread): scan again. Nothing was recorded.</source>
        <translation>라벨에 없는 문자가 읽혔습니다 (오독): 다시 스캔하세요. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>This cannot be a parcel&apos;s label: no RMA, tracking or order number is in it. Scan the return label. Nothing was recorded.</source>
        <translation>소포 라벨일 수 없습니다: RMA, 운송장, 주문 번호가 없습니다. 반품 라벨을 스캔하세요. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>that folder cannot hold files</source>
        <translation>그 폴더에는 파일을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>this station may not write there</source>
        <translation>이 스테이션은 그곳에 쓸 권한이 없습니다</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>같은 이름의 파일이 이미 있습니다</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>용지 없음</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>덮개 열림</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>not an ESC/POS printer: check the address and port</source>
        <translation>ESC/POS 프린터가 아님: 주소와 포트를 확인하세요</translation>
    </message>
</context>
<context>
    <name>PutAwayView</name>
    <message>
        <source>Put the unit in this bin, then scan the bin&apos;s label.</source>
        <translation>제품을 이 보관함에 넣고 보관함 라벨을 스캔하십시오.</translation>
    </message>
    <message>
        <source>Bin label</source>
        <translation>보관함 라벨</translation>
    </message>
    <message>
        <source>Don&apos;t print this tag</source>
        <translation>이 태그 인쇄 안 함</translation>
    </message>
    <message>
        <source>Back to the parcel</source>
        <translation>소포로 돌아가기</translation>
    </message>
    <message>
        <source>{disposition} → bin {bin}</source>
        <translation>{disposition} → 보관함 {bin}</translation>
    </message>
    <message>
        <source>Wrong bin: {scanned}</source>
        <translation>잘못된 보관함: {scanned}</translation>
    </message>
    <message>
        <source>Put it in {bin}</source>
        <translation>{bin}에 넣으십시오</translation>
    </message>
    <message>
        <source>Take the unit out of {scanned}, put it in {bin}, then scan that bin&apos;s label.</source>
        <translation>{scanned}에서 제품을 꺼내 {bin}에 넣은 뒤 그 보관함의 라벨을 스캔하십시오.</translation>
    </message>
    <message>
        <source>Unit {unit} is in bin {bin}.</source>
        <translation>제품 {unit}이(가) 보관함 {bin}에 있습니다.</translation>
    </message>
    <message>
        <source>The tag will not be printed.</source>
        <translation>태그를 인쇄하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Tap each one that is there, then Next.</source>
        <translation>있는 것을 모두 누른 뒤 다음을 누르십시오.</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>사진 촬영</translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation>사진 파일 선택</translation>
    </message>
    <message>
        <source>No camera: skip photo</source>
        <translation>카메라 없음: 사진 건너뛰기</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) taken.</source>
        <translation>
            <numerusform>사진 %n장 촬영됨.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayedList</name>
    <message>
        <source>Received: {rma}</source>
        <translation>입고됨: {rma}</translation>
    </message>
    <message>
        <source>Received: {rma}, but OUTSIDE the return window</source>
        <translation>입고됨: {rma}, 단 반품 기한이 지났습니다</translation>
    </message>
    <message>
        <source>Already received: {rma}. Nothing was counted twice.</source>
        <translation>이미 입고됨: {rma}. 중복으로 세지 않았습니다.</translation>
    </message>
    <message>
        <source>Not returnable: {rma} is closed or cancelled. Set the parcel aside for a supervisor.</source>
        <translation>반품 불가: {rma}은(는) 종료되었거나 취소되었습니다. 소포를 따로 두고 감독자에게 맡기세요.</translation>
    </message>
    <message>
        <source>Unknown parcel: put it in quarantine and write {id} on it.</source>
        <translation>미확인 소포: 격리 구역에 두고 {id}을(를) 적으세요.</translation>
    </message>
    <message>
        <source>Several RMAs match: scan it again and tap the right one.</source>
        <translation>여러 RMA가 일치합니다: 다시 스캔하고 맞는 것을 누르세요.</translation>
    </message>
    <message>
        <source>Not received: {reason}</source>
        <translation>입고되지 않음: {reason}</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>요청 시각</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>주문 열기</translation>
    </message>
    <message>
        <source>Note for the customer (declines)</source>
        <translation>고객에게 보낼 메모 (거절 시)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>대기 중인 요청 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for a person to look at</source>
        <translation>
            <numerusform>사람이 봐야 할 요청 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer on the order</source>
        <translation>주문에 고객 정보 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier return(s)</source>
        <translation>
            <numerusform>이전 반품 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>items returned: {returned} of {bought} bought</source>
        <translation>구매한 {bought}개 중 {returned}개 반품</translation>
    </message>
    <message>
        <source>Say why it is declined: the customer reads the note.</source>
        <translation>거절 이유를 적으십시오. 고객이 이 메모를 읽습니다.</translation>
    </message>
    <message>
        <source>{name} approved; the shop is told.</source>
        <translation>{name} 승인됨. 쇼핑몰에 알립니다.</translation>
    </message>
    <message>
        <source>{name} declined; the shop is told.</source>
        <translation>{name} 거절됨. 쇼핑몰에 알립니다.</translation>
    </message>
</context>
<context>
    <name>RmaDetail</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>고객 의견</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>반품 정책</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Search for an RMA to see it here.</source>
        <translation>RMA를 검색하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Inside return window</source>
        <translation>반품 기한 내</translation>
    </message>
    <message>
        <source>Inside return window, parcel awaited</source>
        <translation>반품 기한 내, 소포 도착 대기 중</translation>
    </message>
    <message>
        <source>Asked for after the return window</source>
        <translation>반품 기한이 지난 뒤 신청됨</translation>
    </message>
    <message>
        <source>Parcel arrived late</source>
        <translation>소포 늦게 도착</translation>
    </message>
    <message>
        <source>Parcel overdue</source>
        <translation>소포 도착 기한 지남</translation>
    </message>
    <message>
        <source>Request by {date}</source>
        <translation>신청 기한 {date}</translation>
    </message>
    <message>
        <source>Arrive by {date}</source>
        <translation>도착 기한 {date}</translation>
    </message>
    <message>
        <source>Arrived {date}</source>
        <translation>도착일 {date}</translation>
    </message>
    <message>
        <source>Order {order} ({channel})</source>
        <translation>주문 {order} ({channel})</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>접수일 {date}</translation>
    </message>
    <message>
        <source>Customer {id}, {place}</source>
        <translation>고객 {id}, {place}</translation>
    </message>
    <message>
        <source>Tracking: {numbers}</source>
        <translation>운송장: {numbers}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Policy: {verdict}</source>
        <translation>정책: {verdict}</translation>
    </message>
    <message>
        <source>Confirm: {condition}</source>
        <translation>확인: {condition}</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>아직 기록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan a return label, or type its number</source>
        <translation>반품 라벨을 스캔하거나 번호를 입력하세요</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Ready: scan a return label.</source>
        <translation>준비됨: 반품 라벨을 스캔하세요.</translation>
    </message>
    <message>
        <source>Written after the outage: do what each line says</source>
        <translation>장애 후 기록된 스캔: 각 줄의 안내대로 처리하세요</translation>
    </message>
    <message>
        <source>No barcode in this photo names a parcel: hold the label under the camera, or type its number.</source>
        <translation>이 사진에는 소포를 알려 주는 바코드가 없습니다. 라벨을 카메라 아래에 대거나 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Camera on: hold the label under it.</source>
        <translation>카메라 켜짐: 라벨을 카메라 아래에 대세요.</translation>
    </message>
    <message>
        <source>No camera: check its cable. Looking for it again…</source>
        <translation>카메라 없음: 케이블을 확인하세요. 다시 찾는 중…</translation>
    </message>
    <message>
        <source>The recorded video has ended.</source>
        <translation>녹화 영상이 끝났습니다.</translation>
    </message>
    <message>
        <source>No camera set up: use the scanner or type the number.</source>
        <translation>설정된 카메라 없음: 스캐너를 쓰거나 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>화면 없음</translation>
    </message>
    <message numerus="yes">
        <source>The database is back: %n scan(s) kept on this station are written. Do what each line below says.</source>
        <translation>
            <numerusform>데이터베이스가 복구되었습니다: 이 스테이션에 보관한 스캔 %n건을 기록했습니다. 아래 각 줄의 안내대로 처리하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded offline, %n waiting. The database cannot be reached: this scan is kept on this station and written when it is back. Put the parcel with the others scanned offline.</source>
        <translation>
            <numerusform>오프라인으로 기록됨, %n건 대기 중. 데이터베이스에 연결할 수 없어 이 스캔은 이 스테이션에 보관되었다가 연결되면 기록됩니다. 이 소포는 오프라인으로 스캔한 다른 소포들과 함께 두세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned: {code}</source>
        <translation>스캔한 코드: {code}</translation>
    </message>
    <message numerus="yes">
        <source>(%n characters)</source>
        <translation>
            <numerusform>(%n자)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received: {rma}. %n unit(s) expected.</source>
        <translation>
            <numerusform>입고 완료: {rma}. 예상 수량 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already received: {rma}. Nothing was counted twice.</source>
        <translation>이미 입고됨: {rma}. 중복으로 세지 않았습니다.</translation>
    </message>
    <message>
        <source>Received: {rma}, but asked for after the return window.</source>
        <translation>입고 완료: {rma}. 단, 반품 기한이 지난 뒤 신청된 반품입니다.</translation>
    </message>
    <message>
        <source>Received: {rma}, but the parcel arrived late (due by {date}).</source>
        <translation>입고 완료: {rma}. 단, 소포가 늦게 도착했습니다(도착 기한 {date}).</translation>
    </message>
    <message>
        <source>Not returnable: {rma} is closed or cancelled. Set the parcel aside for a supervisor.</source>
        <translation>반품 불가: {rma}은(는) 종료되었거나 취소되었습니다. 소포를 따로 두고 감독자에게 알리세요.</translation>
    </message>
    <message>
        <source>Unknown parcel. Put it in quarantine and write {id} on it.</source>
        <translation>미확인 소포입니다. 격리 구역에 두고 {id}을(를) 적으세요.</translation>
    </message>
    <message>
        <source>Several RMAs match. Tap the right one.</source>
        <translation>여러 RMA가 일치합니다. 맞는 것을 누르세요.</translation>
    </message>
    <message>
        <source>Policy: {verdict}. {reason}</source>
        <translation>정책: {verdict}. {reason}</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>RMA, order or tracking number</source>
        <translation>RMA, 주문 또는 운송장 번호</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>주문 {order}</translation>
    </message>
    <message numerus="yes">
        <source>%n RMA(s) found</source>
        <translation>
            <numerusform>RMA %n건 찾음</numerusform>
        </translation>
    </message>
    <message>
        <source>No RMA matches “{text}”.</source>
        <translation>“{text}”에 해당하는 RMA가 없습니다.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>검색에 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation>이 컴퓨터 설정 따르기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>0 for the first camera; empty for none</source>
        <translation>첫 번째 카메라는 0, 없으면 비워 두세요</translation>
    </message>
    <message>
        <source>Autofocus</source>
        <translation>자동 초점</translation>
    </message>
    <message>
        <source>Fixed focus</source>
        <translation>고정 초점</translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n밀리초</numerusform>
        </translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100 (empty: no printer)</source>
        <translation>tcp://192.168.1.50:9100 (비우면 프린터 없음)</translation>
    </message>
    <message>
        <source>58 mm roll (384 dots)</source>
        <translation>58 mm 용지 (384 도트)</translation>
    </message>
    <message>
        <source>80 mm roll (512 dots)</source>
        <translation>80 mm 용지 (512 도트)</translation>
    </message>
    <message>
        <source>80 mm roll (576 dots)</source>
        <translation>80 mm 용지 (576 도트)</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>테스트 인쇄</translation>
    </message>
    <message>
        <source>Only a system admin can change these settings: you can look, and print a test tag.</source>
        <translation>이 설정은 시스템 관리자만 바꿀 수 있습니다. 보기와 테스트 인쇄는 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Send them to this printer</source>
        <translation>이 프린터로 보내기</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>스테이션 이름</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Sign out when idle for</source>
        <translation>미사용 시 자동 로그아웃</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>카메라 해상도</translation>
    </message>
    <message>
        <source>Camera focus</source>
        <translation>카메라 초점</translation>
    </message>
    <message>
        <source>Scanner keys at most this far apart</source>
        <translation>스캐너 키 입력 최대 간격</translation>
    </message>
    <message>
        <source>Tag printer</source>
        <translation>태그 프린터</translation>
    </message>
    <message>
        <source>Printer paper</source>
        <translation>프린터 용지</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>스테이션 설정</translation>
    </message>
    <message>
        <source>Type the printer&apos;s address first.</source>
        <translation>먼저 프린터 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>Printing a sample tag…</source>
        <translation>샘플 태그 인쇄 중…</translation>
    </message>
    <message>
        <source>Sample tag printed: scan it; it should read {unit}.</source>
        <translation>샘플 태그를 인쇄했습니다. 스캔하면 {unit}(으)로 읽혀야 합니다.</translation>
    </message>
    <message>
        <source>No sample tag: {reason}</source>
        <translation>샘플 태그 없음: {reason}</translation>
    </message>
    <message>
        <source>Give the station a name.</source>
        <translation>스테이션 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting tag(s) of this bench moved to its printer {printer}.</source>
        <translation>
            <numerusform>이 검수대에서 대기 중이던 태그 %n개를 검수대 프린터({printer})로 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) of this bench wait for a printer: set one and save to print them.</source>
        <translation>
            <numerusform>이 검수대의 태그 %n개가 프린터를 기다립니다: 프린터를 설정하고 저장하면 인쇄됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language and scanner changes apply after a restart.</source>
        <translation>언어와 스캐너 변경은 다시 시작한 뒤에 적용됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) of this bench wait for {where}, which is not its printer: they will not print there.</source>
        <translation>
            <numerusform>이 검수대의 태그 %n개가 {where}에서 기다리지만 그곳은 이 검수대의 프린터가 아닙니다: 거기서는 인쇄되지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) of this bench wait for {where}; no printer is set: set one and save to print them.</source>
        <translation>
            <numerusform>이 검수대의 태그 %n개가 {where}에서 기다립니다. 설정된 프린터가 없습니다: 프린터를 설정하고 저장하면 인쇄됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) sent to {printer}.</source>
        <translation>
            <numerusform>태그 %n개를 프린터({printer})로 보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <source>Grade next unit</source>
        <translation>다음 제품 검수</translation>
    </message>
    <message>
        <source>Item not on this RMA</source>
        <translation>RMA에 없는 제품</translation>
    </message>
    <message>
        <source>The rest is missing</source>
        <translation>나머지는 누락</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Reprint tag</source>
        <translation>태그 다시 인쇄</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>이어받기</translation>
    </message>
    <message numerus="yes">
        <source>Order {order} · {channel} · {done} of %n unit(s) accounted for</source>
        <translation>
            <numerusform>주문 {order} · {channel} · 제품 %n개 중 {done}개 처리됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume unit</source>
        <translation>검수 이어서 하기</translation>
    </message>
    <message>
        <source>Unidentified item</source>
        <translation>확인되지 않은 제품</translation>
    </message>
    <message>
        <source>not on the RMA</source>
        <translation>RMA에 없음</translation>
    </message>
    <message>
        <source>%1 is grading this unit at %2 since %3. Take it over to go on with their answers; it is then yours, and the takeover is recorded.</source>
        <translation>%1 님이 %3부터 %2에서 이 유닛을 검수하고 있습니다. 이어받으면 지금까지의 답과 함께 내 작업이 되고, 이어받은 기록이 남습니다.</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>다른 스테이션</translation>
    </message>
    <message>
        <source>Scan the item&apos;s barcode, or grade it as an unidentified item.</source>
        <translation>제품 바코드를 스캔하거나 확인되지 않은 제품으로 검수하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) recorded as missing from the parcel.</source>
        <translation>
            <numerusform>제품 %n개를 소포에서 누락으로 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag of {unit} is printing again.</source>
        <translation>{unit}의 태그를 다시 인쇄합니다.</translation>
    </message>
</context>
<context>
    <name>Shop</name>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>전송됨</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>소포 입고</translation>
    </message>
    <message>
        <source>Unit decided</source>
        <translation>제품 판정</translation>
    </message>
    <message>
        <source>Return complete</source>
        <translation>반품 완료</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>반품 요청 승인</translation>
    </message>
    <message>
        <source>Request declined</source>
        <translation>반품 요청 거절</translation>
    </message>
    <message>
        <source>Shop: not connected</source>
        <translation>쇼핑몰: 연결 안 됨</translation>
    </message>
    <message>
        <source>Shop: endpoint retired</source>
        <translation>쇼핑몰: 수신 주소 폐기됨</translation>
    </message>
    <message>
        <source>Shop: needs attention ({count})</source>
        <translation>쇼핑몰: 확인 필요 {count}건</translation>
    </message>
    <message>
        <source>Shop: not reachable</source>
        <translation>쇼핑몰: 연결할 수 없음</translation>
    </message>
    <message>
        <source>Shop: {count} waiting</source>
        <translation>쇼핑몰: 대기 {count}건</translation>
    </message>
    <message>
        <source>Shop: connected</source>
        <translation>쇼핑몰: 연결됨</translation>
    </message>
</context>
<context>
    <name>ShopSettingsBox</name>
    <message>
        <source>Shop</source>
        <translation>쇼핑몰</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결 안 함</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify(쇼피파이)</translation>
    </message>
    <message>
        <source>Signed webhook</source>
        <translation>서명된 웹훅</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>Secrets file (readable by its owner only)</source>
        <translation>비밀 파일(소유자만 읽기 가능)</translation>
    </message>
    <message>
        <source>e.g. SHOPIFY_TOKEN</source>
        <translation>예: SHOPIFY_TOKEN 이름</translation>
    </message>
    <message>
        <source>Refund from the dock (otherwise the note carries it)</source>
        <translation>도크에서 환불(아니면 메모로만 전달)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 확인</translation>
    </message>
    <message>
        <source>Save shop settings</source>
        <translation>쇼핑몰 설정 저장</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>연결 방식</translation>
    </message>
    <message>
        <source>Secret from</source>
        <translation>비밀 값 위치</translation>
    </message>
    <message>
        <source>Restocked units go to</source>
        <translation>재입고 위치</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>스토어 주소</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>웹훅 주소</translation>
    </message>
    <message>
        <source>A webhook is checked when it is saved.</source>
        <translation>웹훅은 저장할 때 확인합니다.</translation>
    </message>
    <message>
        <source>Asking the shop…</source>
        <translation>쇼핑몰에 확인하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to {shop}: %n location(s).</source>
        <translation>
            <numerusform>{shop}에 연결됨: 위치 %n곳.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>연결되지 않음: {reason}</translation>
    </message>
    <message>
        <source>Choose Shopify or a signed webhook first.</source>
        <translation>먼저 Shopify 또는 서명된 웹훅을 고르십시오.</translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation>확인하고 저장하는 중…</translation>
    </message>
    <message>
        <source>Saved. The stations use it from their next round.</source>
        <translation>저장했습니다. 각 스테이션은 다음 주기부터 사용합니다.</translation>
    </message>
</context>
<context>
    <name>ShopStatusLabel</name>
    <message>
        <source>Last pull: {when}</source>
        <translation>마지막 가져오기: {when}</translation>
    </message>
</context>
<context>
    <name>ShopTab</name>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA 번호</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>문제 내용</translation>
    </message>
    <message>
        <source>Why (goes into the audit trail)</source>
        <translation>사유(감사 기록에 남습니다)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지정</translation>
    </message>
    <message>
        <source>Product type without a category</source>
        <translation>분류가 없는 상품 유형</translation>
    </message>
    <message>
        <source>grades as</source>
        <translation>검수 분류</translation>
    </message>
    <message>
        <source>Returns the last pulls could not take</source>
        <translation>최근 가져오기에서 받지 못한 반품</translation>
    </message>
    <message>
        <source>{state}. {waiting} waiting, {attention} needing attention, {sent} sent, {skipped} skipped.</source>
        <translation>{state}. 대기 {waiting}건, 확인 필요 {attention}건, 전송 {sent}건, 건너뜀 {skipped}건.</translation>
    </message>
    <message>
        <source>Last pull: {when}. {result}</source>
        <translation>마지막 가져오기: {when}. {result}</translation>
    </message>
    <message>
        <source>No pull yet.</source>
        <translation>아직 가져온 적이 없습니다.</translation>
    </message>
    <message>
        <source>{rma}: {problem}</source>
        <translation>{rma}: {problem} (반품)</translation>
    </message>
    <message numerus="yes">
        <source>{type} (%n product(s))</source>
        <translation>
            <numerusform>{type} (상품 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an event in the list first.</source>
        <translation>먼저 목록에서 항목을 고르십시오.</translation>
    </message>
    <message>
        <source>Say why first: it goes into the audit trail.</source>
        <translation>먼저 사유를 적으십시오. 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Event {id} will be sent again.</source>
        <translation>항목 {id}을(를) 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Event {id} will not be sent.</source>
        <translation>항목 {id}은(는) 보내지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{type} grades as {category}; %n product(s) changed.</source>
        <translation>
            <numerusform>{type}은(는) {category}(으)로 검수합니다. 상품 %n개를 바꿨습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Set up the first admin</source>
        <translation>첫 시스템 관리자 설정</translation>
    </message>
    <message>
        <source>Demo warehouse. PINs: {pins}</source>
        <translation>데모 창고입니다. PIN: {pins}</translation>
    </message>
    <message>
        <source>Who is working at this station?</source>
        <translation>이 스테이션에서 누가 일하나요?</translation>
    </message>
    <message>
        <source>Tap your name, or scan your badge.</source>
        <translation>이름을 누르거나 사원증을 스캔하세요.</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>안녕하세요, {name}님</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>PIN을 입력하세요.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (숫자 4~8자리)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>PIN 다시 입력</translation>
    </message>
    <message>
        <source>Create admin</source>
        <translation>시스템 관리자 만들기</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>두 PIN이 다릅니다.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Station settings</source>
        <translation>스테이션 설정</translation>
    </message>
    <message>
        <source>Returns Inspector cannot start</source>
        <translation>Returns Inspector를 시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>시간별 처리량</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>검토할 항목</translation>
    </message>
    <message>
        <source>Unknown parcels</source>
        <translation>미확인 소포</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>RMA, order or tracking number</source>
        <translation>RMA, 주문 또는 운송장 번호</translation>
    </message>
    <message>
        <source>Attach to RMA</source>
        <translation>RMA에 연결</translation>
    </message>
    <message>
        <source>Not ours: refused and sent back</source>
        <translation>당사 물품 아님: 거절 후 반송</translation>
    </message>
    <message>
        <source>No label and no RMA found</source>
        <translation>라벨 없음, RMA 찾지 못함</translation>
    </message>
    <message>
        <source>Damaged beyond return</source>
        <translation>반품 불가할 정도로 손상</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>every station</source>
        <translation>모든 스테이션</translation>
    </message>
    <message>
        <source>every grader</source>
        <translation>모든 검수자</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Grader</source>
        <translation>검수자</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>오늘, {day}</translation>
    </message>
    <message>
        <source>oldest {hours} h</source>
        <translation>가장 오래된 것 {hours}시간</translation>
    </message>
    <message numerus="yes">
        <source>Backlog: %n parcel(s)</source>
        <translation>
            <numerusform>대기: 소포 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation>스테이션 {name}</translation>
    </message>
    <message>
        <source>override: {why}</source>
        <translation>변경: {why}</translation>
    </message>
    <message>
        <source>Nothing to review today: no overrides and no flagged units.</source>
        <translation>오늘 검토할 항목이 없습니다. 변경된 판정도, 표시된 제품도 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>To review (%n)</source>
        <translation>
            <numerusform>검토할 항목 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No unknown parcels are waiting.</source>
        <translation>대기 중인 미확인 소포가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown parcels (%n)</source>
        <translation>
            <numerusform>미확인 소포 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap an unknown parcel in the list first.</source>
        <translation>먼저 목록에서 미확인 소포를 누르십시오.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} 쓰는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to {file}</source>
        <translation>
            <numerusform>제품 %n개를 {file}에 썼습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The {format} export was not written: {file} cannot be written in the folder {folder} ({reason}). Choose a folder this station may write to and export again.</source>
        <translation>{format} 내보내기 파일을 만들지 못했습니다: {folder} 폴더에 {file} 파일을 쓸 수 없습니다 ({reason}). 이 스테이션이 쓸 수 있는 폴더를 고른 뒤 다시 내보내세요.</translation>
    </message>
    <message>
        <source>The {format} export was not written: the folder {folder} cannot be used ({reason}). Choose another folder and export again.</source>
        <translation>{format} 내보내기 파일을 만들지 못했습니다: {folder} 폴더를 쓸 수 없습니다 ({reason}). 다른 폴더를 고른 뒤 다시 내보내세요.</translation>
    </message>
    <message>
        <source>The {format} export was not written: {reason}</source>
        <translation>{format} 내보내기 파일을 만들지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>The {format} export failed unexpectedly ({detail}). The details are in the log: tell whoever looks after this station.</source>
        <translation>{format} 내보내기 중 예상하지 못한 오류가 났습니다 ({detail}). 자세한 내용은 로그에 있습니다. 이 스테이션 담당자에게 알리세요.</translation>
    </message>
</context>
<context>
    <name>UnitCard</name>
    <message>
        <source>{rma} · unit {number} of {pieces}</source>
        <translation>{rma} · 제품 {number}/{pieces}</translation>
    </message>
    <message>
        <source>Customer&apos;s reason: {reason}</source>
        <translation>고객 반품 사유: {reason}</translation>
    </message>
    <message>
        <source>Not on the RMA</source>
        <translation>RMA에 없음</translation>
    </message>
    <message>
        <source>an item we do not know</source>
        <translation>알 수 없는 제품</translation>
    </message>
    <message>
        <source>Found: {item}</source>
        <translation>발견된 제품: {item}</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Question {at} of {total}</source>
        <translation>질문 {at}/{total}</translation>
    </message>
    <message>
        <source>Check the item</source>
        <translation>제품 확인</translation>
    </message>
    <message>
        <source>Question {at} of {least}–{most}</source>
        <translation>질문 {at}/{least}~{most}</translation>
    </message>
    <message>
        <source>Back to the parcel</source>
        <translation>소포로 돌아가기</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>No picture from the camera: choose a picture file, or go on without a photo (a supervisor will see that it was skipped).</source>
        <translation>카메라에서 사진을 받지 못했습니다. 사진 파일을 선택하거나 사진 없이 진행하십시오(사진을 건너뛴 사실은 감독자가 확인합니다).</translation>
    </message>
    <message>
        <source>Photo skipped: a supervisor will review this unit.</source>
        <translation>사진을 건너뛰었습니다. 감독자가 이 제품을 검토합니다.</translation>
    </message>
    <message>
        <source>The decision waits for the database: it cannot be reached, and nothing was committed. Tap again when it is back.</source>
        <translation>판정은 데이터베이스를 기다립니다: 연결할 수 없어 아무것도 확정하지 않았습니다. 복구되면 다시 누르세요.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>불량</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>설명과 다름</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Size too large</source>
        <translation>사이즈 큼</translation>
    </message>
    <message>
        <source>Size too small</source>
        <translation>사이즈 작음</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Unwanted</source>
        <translation>단순 변심</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>오배송</translation>
    </message>
    <message>
        <source>Awaiting parcel</source>
        <translation>소포 대기</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고됨</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>전자제품</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation>의류</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>신발</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>생활용품</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>온라인 몰</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>오픈마켓</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>dock</source>
        <translation>입고 담당</translation>
    </message>
    <message>
        <source>grader</source>
        <translation>검수자</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>시스템 관리자</translation>
    </message>
    <message>
        <source>receive parcels</source>
        <translation>소포 입고</translation>
    </message>
    <message>
        <source>grade units</source>
        <translation>상품 등급 판정</translation>
    </message>
    <message>
        <source>override a disposition</source>
        <translation>처분 변경</translation>
    </message>
    <message>
        <source>resolve unknown parcels</source>
        <translation>미확인 소포 처리</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>import RMAs</source>
        <translation>RMA 가져오기</translation>
    </message>
    <message>
        <source>change checklists, rules, bins or printers</source>
        <translation>체크리스트·규칙·빈·프린터 변경</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>작업자 관리</translation>
    </message>
    <message>
        <source>manage stations</source>
        <translation>스테이션 관리</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <source>connect the shop</source>
        <translation>쇼핑몰 연결</translation>
    </message>
    <message>
        <source>retry or skip what goes to the shop</source>
        <translation>쇼핑몰로 보낼 항목을 다시 보내거나 건너뛰기</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>소포 입고</translation>
    </message>
    <message>
        <source>Unit graded</source>
        <translation>상품 등급 판정</translation>
    </message>
    <message>
        <source>Disposition overridden</source>
        <translation>처분 변경됨</translation>
    </message>
    <message>
        <source>RMA imported</source>
        <translation>RMA 가져옴</translation>
    </message>
    <message>
        <source>RMA updated by an import</source>
        <translation>가져오기로 RMA 갱신</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation>작업자 추가</translation>
    </message>
    <message>
        <source>Locked after wrong PINs</source>
        <translation>PIN 오류로 잠김</translation>
    </message>
    <message>
        <source>Station settings changed</source>
        <translation>스테이션 설정 변경</translation>
    </message>
    <message>
        <source>Grading started</source>
        <translation>검수 시작</translation>
    </message>
    <message>
        <source>Item confirmed</source>
        <translation>제품 확인됨</translation>
    </message>
    <message>
        <source>Wrong item found</source>
        <translation>다른 제품 발견</translation>
    </message>
    <message>
        <source>Unit not on the RMA found</source>
        <translation>RMA에 없는 제품 발견</translation>
    </message>
    <message>
        <source>Unit missing from the parcel</source>
        <translation>소포에서 누락된 제품</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>보관 완료</translation>
    </message>
    <message>
        <source>Photo taken</source>
        <translation>사진 촬영</translation>
    </message>
    <message>
        <source>RMA complete</source>
        <translation>RMA 완료</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>재입고</translation>
    </message>
    <message>
        <source>Repackage</source>
        <translation>재포장</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>리퍼</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>구성품 누락</translation>
    </message>
    <message>
        <source>Reason does not match</source>
        <translation>사유 불일치</translation>
    </message>
    <message>
        <source>Outside the return window</source>
        <translation>반품 기간 경과</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>위생</translation>
    </message>
    <message>
        <source>Not on the RMA</source>
        <translation>RMA에 없음</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>반품 정책</translation>
    </message>
    <message>
        <source>Photo skipped: no camera</source>
        <translation>사진 건너뜀: 카메라 없음</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>반품 가능</translation>
    </message>
    <message>
        <source>Returnable with a fee</source>
        <translation>수수료 내고 반품 가능</translation>
    </message>
    <message>
        <source>Not returnable</source>
        <translation>반품 불가</translation>
    </message>
    <message>
        <source>A person must look</source>
        <translation>사람이 확인해야 함</translation>
    </message>
    <message>
        <source>Final sale</source>
        <translation>최종 판매</translation>
    </message>
    <message>
        <source>Return period ended</source>
        <translation>반품 기간 종료</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>기타 사유</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>전액 환불</translation>
    </message>
    <message>
        <source>Partial refund: {fee}% restocking fee</source>
        <translation>부분 환불: 재입고 수수료 {fee}%</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>환불 없음</translation>
    </message>
    <message>
        <source>To grade</source>
        <translation>검수 대기</translation>
    </message>
    <message>
        <source>Being graded</source>
        <translation>검수 중</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>검수 완료</translation>
    </message>
    <message>
        <source>English</source>
        <translation>한국어</translation>
    </message>
</context>
</TS>
