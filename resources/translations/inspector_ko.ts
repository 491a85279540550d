<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ComingPage</name>
    <message>
        <source>This page is not in this version yet.</source>
        <translation>이 화면은 아직 이 버전에 없습니다.</translation>
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

이 파일을 관리자에게 전달해 주세요.</translation>
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
        <source>Hold a return label under the camera or pull the scanner&apos;s trigger to receive a parcel.</source>
        <translation>반품 라벨을 카메라 아래에 대거나 스캐너 방아쇠를 당겨 소포를 입고하세요.</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>검수</translation>
    </message>
    <message>
        <source>Grade each unit with a guided checklist and print its bin tag.</source>
        <translation>안내 체크리스트로 각 상품을 등급 판정하고 빈 태그를 인쇄합니다.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>The daily disposition log, the backlog and the returns analytics.</source>
        <translation>일일 처분 기록, 대기 물량, 반품 분석.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
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
        <source>Station: {name}</source>
        <translation>스테이션: {name}</translation>
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
        <source>The database cannot be reached: {detail}</source>
        <translation>데이터베이스에 연결할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>예기치 않은 오류: {detail}</translation>
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
        <source>Search for an RMA to see it here.</source>
        <translation>RMA를 검색하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Inside return window</source>
        <translation>반품 기한 내</translation>
    </message>
    <message>
        <source>Outside return window</source>
        <translation>반품 기한 지남</translation>
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
        <source>Return by {date}</source>
        <translation>반품 기한 {date}</translation>
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
    <message>
        <source>Follow this computer</source>
        <translation>이 컴퓨터 설정 따르기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
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
        <source>Station settings</source>
        <translation>스테이션 설정</translation>
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
    <message>
        <source>The new language shows after the app is restarted.</source>
        <translation>새 언어는 앱을 다시 시작하면 적용됩니다.</translation>
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
</context>
</TS>
