#!/usr/bin/env python3
# Writes a synthetic national roster export for `thyrida audit --dir DIR` timing (docs/performance.md):
# KEPS KEPs, each with a supervisor (also its mailbox's administrator) and five handlers, four on
# organic posts and one on a transfer; tax ids pass the check digit (X7). Usage:
#   python3 sdk-bench/scripts/national-roster.py /tmp/roster1x 1000     # 1x: 1,000 KEPs, 5,000 employees
#   python3 sdk-bench/scripts/national-roster.py /tmp/roster10x 10000   # 10x
import os
import sys

def cd(d):
    s=sum(int(d[i])*2**(8-i) for i in range(8))
    return str((s%11)%10)
def tax(n):
    d=str(10_000_000+n); return d+cd(d)
def write(out, keps_n, per=5):
    os.makedirs(out, exist_ok=True)
    keps=["kep_code,name,municipality,supervisor_tax_id,supervisor_since"]
    mb=["mailbox_id,kep_code,state"]; ro=["mailbox_id,tax_id,role"]
    em=["tax_id,given_name,family_name,agency,status,lost_on,loss_reason"]
    po=["tax_id,kep_code,basis,branch,decision_ref,valid_from,valid_until"]
    for k in range(keps_n):
        kep="%04d"%(k+1) if keps_n<10000 else "%05d"%(k+1)
        sup=tax(k*per+1)
        keps.append(f"{kep},ΚΕΠ {kep},Δήμος {k//3},{sup},2020-01-01")
        mb.append(f"mb-{kep},{kep},active"); ro.append(f"mb-{kep},{sup},administrator")
        for s in range(1,per+1):
            p=tax(k*per+s)
            ro.append(f"mb-{kep},{p},handler")
            em.append(f"{p},Όνομα{s},Επώνυμο{k},dimos-{k//3},active,,")
            po.append(f"{p},{kep}," + (f"transfer,kep,Δ.Ν. {k}" if s==5 else "organic,kep,") + ",2019-01-01," + ("2027-12-31" if s==5 else ""))
    for name,rows in (("keps.csv",keps),("mailboxes.csv",mb),("roles.csv",ro),("employees.csv",em),("postings.csv",po)):
        open(os.path.join(out,name),"w",encoding="utf-8").write("\n".join(rows)+"\n")
write(sys.argv[1], int(sys.argv[2]))
