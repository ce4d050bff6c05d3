#!/usr/bin/python3
# The addresses of the From, To, Cc and Bcc headers of every message in a folder, as Python's
# email parser reads them (compat32 policy, email.utils.getaddresses), case-folded, one per line.
# Wrote enron-tiny-header-addresses.txt:
#   /usr/bin/python3 header_addresses.py ../../../../shared/data/email-enron/enron_tiny
import email, email.utils, email.policy, os, sys
root = sys.argv[1]
found = set()
for name in sorted(os.listdir(root)):
    with open(os.path.join(root, name), 'rb') as f:
        msg = email.message_from_binary_file(f, policy=email.policy.compat32)
    for header in ('From', 'To', 'Cc', 'Bcc'):
        values = [str(v) for v in msg.get_all(header, [])]
        for display, addr in email.utils.getaddresses(values):
            addr = addr.strip().lower()
            if addr:
                found.add(addr)
for a in sorted(found):
    print(a)
