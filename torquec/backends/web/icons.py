"""Icon names a model may use (``entity.ui.icon``) → Tabler React components.

A curated set, so every name resolves to an export that exists in the pinned
``@tabler/icons-react`` (tests check each against the installed package).
Unknown names fall back to a neutral icon instead of breaking the build.
"""

from __future__ import annotations

ICONS: dict[str, str] = {
    "activity": "IconActivity",
    "address-book": "IconAddressBook",
    "alert": "IconAlertTriangle",
    "archive": "IconArchive",
    "bank": "IconBuildingBank",
    "bell": "IconBell",
    "book": "IconBook",
    "bookmark": "IconBookmark",
    "box": "IconBox",
    "briefcase": "IconBriefcase",
    "building": "IconBuilding",
    "bug": "IconBug",
    "calendar": "IconCalendar",
    "car": "IconCar",
    "chart": "IconChartBar",
    "chart-bar": "IconChartBar",
    "chart-line": "IconChartLine",
    "chart-pie": "IconChartPie",
    "check": "IconCheck",
    "checkbox": "IconCheckbox",
    "checklist": "IconChecklist",
    "clipboard": "IconClipboardList",
    "clock": "IconClock",
    "cloud": "IconCloud",
    "code": "IconCode",
    "coin": "IconCoin",
    "credit-card": "IconCreditCard",
    "currency-dollar": "IconCurrencyDollar",
    "dashboard": "IconLayoutDashboard",
    "database": "IconDatabase",
    "device-desktop": "IconDeviceDesktop",
    "file": "IconFile",
    "file-text": "IconFileText",
    "flag": "IconFlag",
    "folder": "IconFolder",
    "gift": "IconGift",
    "globe": "IconWorld",
    "heart": "IconHeart",
    "home": "IconHome",
    "id": "IconId",
    "inbox": "IconInbox",
    "invoice": "IconFileInvoice",
    "key": "IconKey",
    "layout": "IconLayout",
    "list": "IconList",
    "lock": "IconLock",
    "mail": "IconMail",
    "map": "IconMap",
    "map-pin": "IconMapPin",
    "message": "IconMessage",
    "note": "IconNote",
    "package": "IconPackage",
    "phone": "IconPhone",
    "photo": "IconPhoto",
    "receipt": "IconReceipt",
    "report": "IconReport",
    "rocket": "IconRocket",
    "school": "IconSchool",
    "settings": "IconSettings",
    "shield": "IconShield",
    "shopping-bag": "IconShoppingBag",
    "shopping-cart": "IconShoppingCart",
    "star": "IconStar",
    "tag": "IconTag",
    "tags": "IconTags",
    "ticket": "IconTicket",
    "tool": "IconTool",
    "truck": "IconTruck",
    "user": "IconUser",
    "users": "IconUsers",
    "wallet": "IconWallet",
}

HOME = "IconHome"
DASHBOARD = "IconLayoutDashboard"
FALLBACK = "IconFile"


def icon_component(name: str | None) -> str | None:
    """The Tabler export for a model icon name (case/underscore-insensitive), or None."""
    if not name:
        return None
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    if key.startswith("icon-"):
        key = key[5:]
    return ICONS.get(key)
