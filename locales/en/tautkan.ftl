## /tautkan: link one person's Telegram and WhatsApp accounts with a one-time code.

tautkan-prompt = *Link accounts*. You can use this service from Telegram and WhatsApp as one and the same person. Notifications go to the app you used last.
tautkan-option-create = Create a code for my other account
tautkan-option-create-aliases = create
tautkan-option-redeem = I already have a code
tautkan-option-redeem-aliases = code
tautkan-ask-code = Please type the 8-character code you received in the other app.
tautkan-code-format = The code has 8 letters and digits, for example 7K3QM9XA. Please type it again, or type CANCEL.
# $code (String) - one-time code
# $minutes (Number) - minutes the code stays valid
tautkan-code-issued = Your link code: *{ $code }*
    Open the other app (Telegram or WhatsApp) and send this service: TAUTKAN { $code }
    The code is valid for { $minutes } minutes and works once. Do not share it with anyone.
tautkan-how-to = To link this account with your registered one: type /tautkan in the app where you are registered, then send TAUTKAN followed by the code here, for example TAUTKAN 7K3QM9XA.
# $name (String) - the registered resident's name
tautkan-linked = Done. This account is now linked to the data of { $name }. Type MENU to continue.
# $channel (String) - the app that was just linked (Telegram/WhatsApp)
tautkan-linked-notice = Notice: a { $channel } account was just linked to your data. If this was not you, contact the LPMK board at once.
tautkan-code-wrong = Sorry, this code cannot be used: it is unknown, has expired, or was not sent from the other app. A code is made with /tautkan in the app where you are registered and sent from the other app (for example a code from Telegram is sent over WhatsApp).
tautkan-too-many-attempts = Too many wrong codes. Please try again in an hour.
tautkan-channel-telegram = Telegram
tautkan-channel-whatsapp = WhatsApp
tautkan-channel-console = console
tautkan-channel-fake = test
