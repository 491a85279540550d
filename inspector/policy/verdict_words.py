"""The verdicts' reasons in words, in every language the app speaks."""

from __future__ import annotations

import datetime as dt

from inspector.policy.rules import Text


def _money(cents: int) -> str:
    return f"{cents / 100:,.2f}"


def final_sale(rule_text: Text) -> Text:
    return {
        "en": f"Final sale: {rule_text['en']}",
        "ko": f"최종 판매(반품 불가): {rule_text['ko']}",
    }


def period_ended(last: dt.date, asked: dt.date, holiday: bool) -> Text:
    late = (asked - last).days
    en_what = "the holiday return period" if holiday else "the return window"
    ko_what = "연말 반품 기간" if holiday else "반품 기간"
    return {
        "en": f"Asked {late} day(s) after {en_what} ended on {last:%Y-%m-%d}",
        "ko": f"{ko_what}이 {last:%Y-%m-%d}에 끝난 뒤 {late}일 지나 요청함",
    }


def inside(last: dt.date, holiday: bool) -> Text:
    if holiday:
        return {
            "en": f"Inside the holiday return period (until {last:%Y-%m-%d})",
            "ko": f"연말 반품 기간 안 ({last:%Y-%m-%d}까지)",
        }
    return {
        "en": f"Inside the return window (last day {last:%Y-%m-%d})",
        "ko": f"반품 기간 안 (마지막 날 {last:%Y-%m-%d})",
    }


def arrived_late(arrive_by: dt.date, arrived: dt.date) -> Text:
    late = (arrived - arrive_by).days
    return {
        "en": f"Arrived {late} day(s) after the shipping allowance ended on {arrive_by:%Y-%m-%d}",
        "ko": f"반송 허용 기간이 {arrive_by:%Y-%m-%d}에 끝난 뒤 {late}일 늦게 도착함",
    }


def reason_refused(reason: str, category: str) -> Text:
    return {
        "en": f"The reason {reason} is not accepted for {category}",
        "ko": f"{category} 상품은 반품 사유 {reason}를 받지 않음",
    }


def fee(percent: int, minimum_cents: int, cents: int) -> Text:
    floor_en = f", at least {_money(minimum_cents)}" if minimum_cents else ""
    floor_ko = f", 최소 {_money(minimum_cents)}" if minimum_cents else ""
    return {
        "en": f"Restocking fee {percent}%{floor_en}: {_money(cents)}",
        "ko": f"재입고 수수료 {percent}%{floor_ko}: {_money(cents)}",
    }


def no_window(category: str, channel: str) -> Text:
    return {
        "en": f"The policy gives no return window for {category} sold through {channel}",
        "ko": f"{channel} 채널로 판매된 {category} 상품의 반품 기간이 정책에 없음",
    }


def no_delivery() -> Text:
    return {
        "en": "No delivery date: the window cannot be counted without one",
        "ko": "배송 완료일이 없어 반품 기간을 셀 수 없음",
    }


def no_dates() -> Text:
    return {
        "en": "Neither a delivery date nor an order date: the window cannot be counted",
        "ko": "배송 완료일도 주문일도 없어 반품 기간을 셀 수 없음",
    }


def no_customer() -> Text:
    return {
        "en": "No customer on the order: the customer's returns cannot be counted",
        "ko": "주문에 고객 정보가 없어 고객의 반품 이력을 셀 수 없음",
    }


def review(rule_text: Text, detail_en: str, detail_ko: str) -> Text:
    return {"en": f"{rule_text['en']} ({detail_en})", "ko": f"{rule_text['ko']} ({detail_ko})"}


def mixed() -> Text:
    return {
        "en": "Some lines may come back and some may not: a person decides",
        "ko": "반품 가능한 품목과 불가능한 품목이 섞여 있어 사람이 결정함",
    }
