## Telegram channel: texts the Telegram adapter itself sends or adds.

# Sent once to a group chat: the bot only talks to residents one to one.
telegram-private-only = Sorry, this bot only works in private chats. Please send your message to the bot directly.

# Appended to a question after a button was pressed, so the chat shows what was chosen.
# $label (String) - the label of the pressed button
telegram-chosen = ✅ { $label }

# Shown before a numbered list when the options cannot be shown as buttons.
telegram-reply-with-number = Reply with the number of your choice:
