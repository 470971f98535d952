"""User names in the text: the words that announce them."""

# Nouns after which a Latin word is a person's user name (`пользователь ЖЖ zyalt`, `блогер drugoi`),
# and the services that may stand between them.
HANDLE_NOUNS = {
    "пользователь",
    "блогер",
    "блоггер",
    "блогерша",
    "юзер",
    "ник",
    "никнейм",
    "псевдоним",
}
SERVICES = {
    "жж",
    "livejournal",
    "twitter",
    "твиттер",
    "твиттера",
    "instagram",
    "инстаграм",
    "инстаграма",
    "facebook",
    "фейсбук",
    "фейсбука",
    "youtube",
    "ютуб",
    "ютуба",
    "telegram",
    "телеграм",
    "телеграма",
    "x",
    "вконтакте",
    "tiktok",
    "тикток",
    "тиктока",
    "reddit",
}
