#!/usr/bin/env bash
# Installs Slurm from Debian (slurm-wlm, munge) and starts a one-node cluster on this machine:
# slurmctld and slurmd on loopback only, one partition 'local' with every CPU. For trying submit.sh and
# for the test that checks the sharded archive equals the one-machine archive. Needs root; run once.
#
#   sudo src/QuoteAttribution.Cli/Slurm/one-node-cluster.sh          # then: sinfo; src/QuoteAttribution.Cli/Slurm/submit.sh ...
#   sudo src/QuoteAttribution.Cli/Slurm/one-node-cluster.sh stop
set -euo pipefail
conf=/etc/slurm/slurm.conf
if [[ "${1:-}" == stop ]]; then
    pkill -x slurmd || true; pkill -x slurmctld || true
    exit 0
fi

if ! command -v slurmctld >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi

mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /run/munge
chown slurm:slurm /var/spool/slurmctld /var/log/slurm 2>/dev/null || true
if [[ ! -s /etc/munge/munge.key ]]; then
    dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none
fi
chown munge:munge /etc/munge/munge.key /run/munge 2>/dev/null || true
chmod 400 /etc/munge/munge.key
pgrep -x munged >/dev/null || runuser -u munge -- munged

cpus=$(nproc)
memory=$(( $(awk '/MemTotal/ { print $2 }' /proc/meminfo) / 1024 / 2 ))
cat >"$conf" <<CONF
# Written by src/QuoteAttribution.Cli/Slurm/one-node-cluster.sh: one node, loopback only.
ClusterName=quotes
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=6817
SlurmdPort=6818
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SlurmUser=root
SlurmdUser=root
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
JobCompType=jobcomp/none
MpiDefault=none
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=local Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
# No cgroup.conf: Debian's Slurm 22.05 has no 'disabled' cgroup plugin, and without the file slurmd needs
# none (linuxproc tracking, no task plugin), which also works inside a container.

pgrep -x slurmctld >/dev/null || slurmctld
pgrep -x slurmd >/dev/null || slurmd
for _ in $(seq 30); do
    if sinfo -h -o '%T' 2>/dev/null | grep -Eq 'idle|mixed|alloc'; then
        sinfo
        exit 0
    fi
    sleep 1
done
echo "slurm did not come up; see /var/log/slurm/" >&2
exit 1
