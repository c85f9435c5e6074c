## The console simulator (npm run chat, and npm start without a channel).

# $file (String) - log file
console-no-channel = No channel configured (TELEGRAM_BOT_TOKEN unset, WhatsApp disabled): starting the console simulator. Logs go to { $file }.
# $file (String) - the file typed after /foto
console-photo-missing = The photo file "{ $file }" was not found, so no photo was sent. Check the file name, then type /foto <file> again.
# $file (String) - the file typed after /dokumen
console-document-missing = The file "{ $file }" was not found, so no document was sent. Check the file name, then type /dokumen <file> again.
