#!/bin/sh
# Install the system packages the test suite needs when they are missing (Debian/Ubuntu):
#   dovecot-imapd (real IMAP server), openssl (test certificates), tesseract-ocr + tesseract-ocr-nld (OCR of
#   scanned attachments), chromium (the HTML report checked in a real headless browser), sqlite3 (the backup
#   step of the first-run guide).
set -eu
missing=""
command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || missing="$missing dovecot-imapd"
command -v openssl >/dev/null 2>&1 || missing="$missing openssl"
command -v tesseract >/dev/null 2>&1 || missing="$missing tesseract-ocr"
if ! (tesseract --list-langs 2>/dev/null | grep -qx nld); then missing="$missing tesseract-ocr-nld"; fi
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v pg_isready >/dev/null 2>&1 || missing="$missing postgresql-client"
command -v sqlite3 >/dev/null 2>&1 || missing="$missing sqlite3"  # the first-run guide's backup step
if [ -n "$missing" ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "installing:$missing"
    $SUDO apt-get update -qq
    # the packaged services must not start system-wide: tests run their own instances
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
    if command -v systemctl >/dev/null 2>&1; then $SUDO systemctl disable --now dovecot >/dev/null 2>&1 || true; fi
fi
echo "test dependencies present: dovecot $( (/usr/sbin/dovecot --version || dovecot --version) 2>/dev/null | head -n1)," \
     "tesseract $(tesseract --version 2>/dev/null | head -n1 | cut -d' ' -f2), $(chromium --version 2>/dev/null)"
