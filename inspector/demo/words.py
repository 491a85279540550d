"""The demo warehouse's words: products, places, reasons and what customers write."""

from __future__ import annotations

# Typical unit return rates by category for online sales. Apparel and footwear return
# the most (fit), electronics and home far less; the figures are round numbers in the
# range the industry reports (e.g. NRF/Appriss "Consumer Returns in the Retail Industry").
RETURN_RATE = {"apparel": 0.24, "footwear": 0.20, "electronics": 0.09, "home": 0.07}

# (category, how many products, price range in dollars, SKU prefix)
CATEGORY_PLAN = (
    ("electronics", 80, (19, 899), "EL"),
    ("apparel", 120, (12, 180), "AP"),
    ("footwear", 60, (35, 240), "FW"),
    ("home", 90, (9, 320), "HM"),
)

BRANDS = {
    "electronics": ("Voltra", "Aurex", "Kestrel", "Nimbus", "Sonique", "Pixelon"),
    "apparel": ("Northway", "Linnea", "Harbor & Co", "Maru", "Fieldcraft", "Oda"),
    "footwear": ("Stridewell", "Pace", "Tundra", "Lumen", "Korra"),
    "home": ("Hearthly", "Oakline", "Casa Verde", "Brightnest", "Sora Home"),
}

ITEMS = {
    "electronics": (
        ("Wireless Earbuds", "true wireless, charging case, USB-C cable"),
        ("Noise-Cancelling Headphones", "over-ear, carry case, 3.5 mm cable"),
        ("Smartwatch 42 mm", "AMOLED display, charger, two straps"),
        ("Bluetooth Speaker", "waterproof IPX7, USB-C cable"),
        ("10-inch Tablet 64 GB", "Wi-Fi, charger, quick start guide"),
        ("Action Camera 4K", "waterproof housing, mounts, battery"),
        ("Mechanical Keyboard", "hot-swap switches, USB-C cable, keycap puller"),
        ("Wireless Mouse", "2.4 GHz receiver, AA battery"),
        ("Power Bank 20000 mAh", "USB-C PD, cable"),
        ("Smart Doorbell", "1080p camera, chime, mounting kit"),
        ("Fitness Tracker", "heart rate, charger"),
        ("E-Reader 6-inch", "glare-free display, USB-C cable"),
    ),
    "apparel": (
        ("Merino Crew Sweater", "100% merino wool"),
        ("Slim Chino Trousers", "cotton twill, stretch"),
        ("Rain Shell Jacket", "waterproof, packable hood"),
        ("Oxford Shirt", "long sleeve, button-down collar"),
        ("Linen Summer Dress", "midi length, lined"),
        ("Fleece Hoodie", "brushed fleece, kangaroo pocket"),
        ("High-Rise Jeans", "stretch denim"),
        ("Puffer Vest", "recycled fill"),
        ("Yoga Leggings", "four-way stretch, high waist"),
        ("Wool Overcoat", "wool blend, single-breasted"),
    ),
    "footwear": (
        ("Trail Running Shoe", "lugged outsole, breathable mesh"),
        ("Leather Chelsea Boot", "elastic gussets, leather sole"),
        ("Everyday Sneaker", "canvas upper, rubber sole"),
        ("Waterproof Hiking Boot", "membrane lining, ankle support"),
        ("Slide Sandal", "cushioned footbed"),
        ("Road Running Shoe", "neutral cushioning"),
    ),
    "home": (
        ("Ceramic Dinner Set 12-piece", "stoneware, dishwasher safe"),
        ("Cast Iron Skillet 26 cm", "pre-seasoned"),
        ("Linen Duvet Cover Queen", "stonewashed linen"),
        ("Table Lamp", "linen shade, E27 bulb"),
        ("Stainless Kettle 1.7 L", "auto shut-off"),
        ("Bath Towel Set", "six towels, cotton"),
        ("Memory Foam Pillow", "washable cover"),
        ("Glass Storage Jars", "set of four, bamboo lids"),
        ("Wall Clock 30 cm", "silent movement"),
        ("Knife Block Set", "five knives, oak block"),
    ),
}

COLOURS = ("Black", "Navy", "Olive", "Sand", "Grey", "White", "Rust", "Forest")
APPAREL_SIZES = ("XS", "S", "M", "L", "XL")
SHOE_SIZES = ("7", "8", "9", "10", "11")

# Reasons as customers pick them, per category: (reason, weight)
REASON_MIX = {
    "apparel": (
        ("SIZE_TOO_SMALL", 24),
        ("SIZE_TOO_LARGE", 20),
        ("STYLE", 14),
        ("COLOR", 8),
        ("UNWANTED", 12),
        ("NOT_AS_DESCRIBED", 8),
        ("DEFECTIVE", 5),
        ("WRONG_ITEM", 3),
        ("OTHER", 4),
        ("UNKNOWN", 2),
    ),
    "footwear": (
        ("SIZE_TOO_SMALL", 26),
        ("SIZE_TOO_LARGE", 18),
        ("STYLE", 10),
        ("COLOR", 5),
        ("UNWANTED", 12),
        ("NOT_AS_DESCRIBED", 8),
        ("DEFECTIVE", 10),
        ("WRONG_ITEM", 4),
        ("OTHER", 5),
        ("UNKNOWN", 2),
    ),
    "electronics": (
        ("DEFECTIVE", 30),
        ("NOT_AS_DESCRIBED", 15),
        ("UNWANTED", 25),
        ("WRONG_ITEM", 6),
        ("STYLE", 3),
        ("COLOR", 2),
        ("OTHER", 12),
        ("UNKNOWN", 7),
    ),
    "home": (
        ("DEFECTIVE", 22),
        ("NOT_AS_DESCRIBED", 18),
        ("UNWANTED", 22),
        ("STYLE", 12),
        ("COLOR", 8),
        ("WRONG_ITEM", 6),
        ("OTHER", 8),
        ("UNKNOWN", 4),
    ),
}

COMMENTS = {
    "SIZE_TOO_SMALL": ("Runs small, need one size up", "Too tight across the shoulders", ""),
    "SIZE_TOO_LARGE": ("Too big, sleeves too long", "Half a size too large", ""),
    "STYLE": ("Looks different on me than in the photos", "Not my style after all", ""),
    "COLOR": ("Colour is much darker than on screen", "Expected a warmer tone", ""),
    "UNWANTED": ("Changed my mind", "Bought a different one", "Gift, recipient has one", ""),
    "NOT_AS_DESCRIBED": (
        "Material feels cheaper than described",
        "Listing said 64 GB, box says 32 GB",
        "Smaller than the listing suggested",
    ),
    "DEFECTIVE": (
        "Stopped working after two days",
        "Left earbud does not charge",
        "Crack in the glaze out of the box",
        "Seam came apart on first wear",
        "Screen flickers",
    ),
    "WRONG_ITEM": ("Received a different colour", "Wrong item in the box", "Got size M, ordered L"),
    "OTHER": ("Arrived late, no longer needed", "Duplicate order", ""),
    "UNKNOWN": ("",),
}

# Korean customers' comments, so that the dock sees Hangul on the labels it deals with.
COMMENTS_KO = {
    "SIZE_TOO_SMALL": ("사이즈가 작아요", "한 치수 큰 걸로 교환하고 싶어요"),
    "SIZE_TOO_LARGE": ("사이즈가 너무 커요",),
    "STYLE": ("사진과 느낌이 달라요",),
    "COLOR": ("색상이 화면보다 어두워요",),
    "UNWANTED": ("단순 변심입니다",),
    "NOT_AS_DESCRIBED": ("설명과 소재가 달라요",),
    "DEFECTIVE": ("이틀 만에 고장났어요", "충전이 안 돼요"),
    "WRONG_ITEM": ("다른 상품이 왔어요",),
    "OTHER": ("배송이 늦어서 필요 없어졌어요",),
    "UNKNOWN": ("",),
}

# (country, region, postal prefix, weight)
REGIONS = (
    ("US", "CA", "9", 16),
    ("US", "TX", "7", 11),
    ("US", "NY", "1", 9),
    ("US", "FL", "3", 9),
    ("US", "IL", "6", 5),
    ("US", "PA", "1", 5),
    ("US", "OH", "4", 5),
    ("US", "GA", "3", 4),
    ("US", "WA", "9", 4),
    ("US", "NC", "2", 4),
    ("US", "MI", "4", 4),
    ("US", "NJ", "0", 4),
    ("US", "AZ", "8", 3),
    ("US", "CO", "8", 3),
    ("US", "MA", "0", 3),
    ("KR", "Seoul", "0", 4),
    ("KR", "Busan", "4", 2),
    ("KR", "Gyeonggi", "1", 3),
)

CHANNEL_MIX = (("web", 60), ("marketplace", 30), ("store", 10))

STATIONS = ("DOCK-1", "DOCK-2", "BENCH-1", "BENCH-2", "BENCH-3")

# (login, display name, roles, PIN, badge). Demo PINs are printed by `inspector demo`;
# a real warehouse sets its own with `inspector operators set-pin`.
OPERATORS = (
    ("dana", "Dana Whitfield", ("dock",), "1111", "BADGE-1001"),
    ("gus", "Gus Moreno", ("grader",), "2222", "BADGE-1002"),
    ("minji", "Kim Min-ji", ("grader",), "2323", "BADGE-1003"),
    ("ravi", "Ravi Patel", ("grader", "dock"), "2424", "BADGE-1004"),
    ("sofia", "Sofia Lindqvist", ("supervisor", "grader"), "3333", "BADGE-1005"),
    ("admin", "Station Admin", ("admin",), "9999", "BADGE-1006"),
)
