"""A good checklist file's text for the tests of the format and of walking a checklist: a
branch, a number with limits, accessories per product, a partial refund."""

import textwrap

GOOD = textwrap.dedent(
    """\
    checklist: gadgets
    version: "1"
    title: {en: "Gadgets", ko: "기기"}
    categories: [electronics]
    accessories:
      items:
        cable: {en: "Cable", ko: "케이블"}
        case: {en: "Case", ko: "케이스"}
      by_product:
        - {words: [earbuds], items: [case, cable]}
      default: [cable]
    questions:
      - id: opened
        kind: yes_no
        ask: {en: "Opened?", ko: "개봉?"}
      - id: scratches
        kind: number
        min: 0
        max: 20
        when: {opened: true}
        ask: {en: "How many scratches?", ko: "긁힘 수?"}
      - id: kit
        kind: several
        options_from: accessories
        when: {opened: true}
        ask: {en: "Which are there?", ko: "무엇이 있습니까?"}
    rules:
      - id: many-scratches
        when: {scratches: {ge: 5}}
        grade: C
        disposition: REFURBISH
        refund: partial
        fee: 20
        because: {en: "Scratched.", ko: "긁힘."}
      - id: fine
        grade: A
        disposition: RESTOCK
        refund: full
        because: {en: "Fine.", ko: "양호."}
    """
)
