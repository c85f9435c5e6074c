## Admin commands backup and restore (npm run admin -- backup / restore), for the LPMK operator.

# $file (String) - backup file; $bytes (Number) - its size; $photos (String) - yes/no, photos included
backup-done = Backup done: { $file } ({ $bytes } bytes, photos: { $photos ->
    [yes] included
   *[other] none
  }).
# $reason (String) - why it failed
backup-failed = Backup failed: { $reason }
# $dataDir (String) - DATA_DIR; $createdAt (String) - when the backup was made (ISO)
restore-done = The backup from { $createdAt } was restored into { $dataDir }. Start the bot again with npm start.
# $dir (String) - folder holding the previous files
restore-moved-aside = The previous files were kept in { $dir }.
# $pids (String) - ids of the processes still running
restore-running = Restore refused: the bot is running on this DATA_DIR (process { $pids }). Stop the bot and workers first, then try again.
# $detail (String) - result of PRAGMA integrity_check
restore-damaged = Restore refused: the database in the backup is damaged ({ $detail }). The current data was not changed.
# $detail (String) - what is missing or unexpected
restore-not-a-backup = Restore refused: this file is not a Rembug backup ({ $detail }). The current data was not changed.
