#!/bin/sh
# Install the system packages the test suite needs when they are missing (Debian/Ubuntu).
# Currently: Dovecot (dovecot-imapd) for the real-IMAP tests in tests/imap/.
set -eu
missing=""
command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || missing="$missing dovecot-imapd"
command -v openssl >/dev/null 2>&1 || missing="$missing openssl"
if [ -n "$missing" ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "installing:$missing"
    $SUDO apt-get update -qq
    # the packaged service must not start system-wide: tests run their own instances
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
    if command -v systemctl >/dev/null 2>&1; then $SUDO systemctl disable --now dovecot >/dev/null 2>&1 || true; fi
fi
echo "test dependencies present: dovecot $( (/usr/sbin/dovecot --version || dovecot --version) 2>/dev/null | head -n1)"
