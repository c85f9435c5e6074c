## Telegram channel: texts the Telegram adapter itself sends or adds.

# Sent once to a group chat: the bot only talks to residents one to one.
telegram-private-only = Mohon maaf, Bapak/Ibu. Bot ini hanya melayani percakapan pribadi. Silakan kirim pesan langsung kepada bot ini.

# Appended to a question after a button was pressed, so the chat shows what was chosen.
# $label (String) - the label of the pressed button
telegram-chosen = ✅ { $label }

# Shown before a numbered list when the options cannot be shown as buttons.
telegram-reply-with-number = Balas dengan angka pilihan Bapak/Ibu:
