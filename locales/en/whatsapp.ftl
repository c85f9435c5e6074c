## WhatsApp channel: hints added by the adapter, the one-time group notice and the admin /status-wa view.

whatsapp-reply-with-number = Reply with a number:
whatsapp-group-notice = Sorry, the LPMK aspiration service does not take part in group chats. Please send a direct (private) message to this number.

## /status-wa (LPMK board)

# $state (String) - connection state (already translated)
# $since (Date) - since when
# $paced (Number) - paced messages (notifications/announcements) sent in the last hour
# $cap (Number) - hourly cap for paced messages
whatsapp-status = *WhatsApp status*: { $state }
    Since: { DATETIME($since, day: "numeric", month: "short", hour: "numeric", minute: "numeric") }
    Paced messages in the last hour: { $paced } of { $cap }
# $code (Number) - last close code from WhatsApp
# $attempt (Number) - attempt number
whatsapp-status-retry = The last connection closed with code { $code }; attempt { $attempt }.
# $me (String) - the linked WhatsApp account
whatsapp-status-me = Linked number: { $me }
whatsapp-status-unavailable = WhatsApp is not enabled on this server (WHATSAPP_ENABLED=false).
whatsapp-state-idle = not started
whatsapp-state-connecting = connecting
whatsapp-state-waiting-for-link = waiting to be linked (scan the QR code or enter the pairing code)
whatsapp-state-open = connected
whatsapp-state-reconnecting = disconnected, trying to reconnect
whatsapp-state-logged-out = logged out: link data was cleared; link the number again and restart the bot
whatsapp-state-banned = banned by WhatsApp (403): the number cannot be used
whatsapp-state-replaced = replaced by another session (440): stop the other session and restart the bot
whatsapp-state-stopped = stopped
