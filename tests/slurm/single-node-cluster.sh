# A single-node Slurm cluster in a private folder: its own munge key, ports, state and logs,
# nothing in /etc. Sourced by run-slurm-test.sh; by hand, to try `transferlab-cli slurm` on one
# machine (as root):
#   source tests/slurm/single-node-cluster.sh && start_slurm_cluster
# start_slurm_cluster sets $work (the folder), exports SLURM_CONF for sbatch, squeue and scancel,
# and traps EXIT to stop the daemons and remove the folder however the caller ends. It calls
# fail() (which the caller may define) with the reason when Slurm cannot start.

type fail >/dev/null 2>&1 || fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# The last lines of every daemon's and task's log.
show_logs() {
  for f in "$work"/log/*.log "$work"/*.log; do
    [ -f "$f" ] && { echo "--- $f"; tail -n 20 "$f"; }
  done
  return 0
}

# A TCP port that nothing listens on.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

stop_slurm_cluster() {
  scontrol shutdown >/dev/null 2>&1 || true
  for signal in TERM KILL; do
    for pidfile in "$work/slurmd.pid" "$work/slurmctld.pid" "$work/munged.pid"; do
      [ -s "$pidfile" ] && kill -s "$signal" "$(cat "$pidfile")" 2>/dev/null || true
    done
    sleep 1
  done
  rm -rf "$work"
}

start_slurm_cluster() {
  [ "$(id -u)" = 0 ] || fail "slurmd must run as root (it starts jobs as their users): run this as root, as CI does"
  export PATH="$PATH:/usr/sbin"
  for tool in munged slurmctld slurmd sbatch squeue scancel scontrol sinfo; do
    command -v "$tool" >/dev/null ||
      fail "'$tool' is not installed: packaging/install-deps.sh installs slurm-wlm, slurm-client and munge"
  done
  work=$(mktemp -d /tmp/tl-slurm.XXXXXX)
  trap stop_slurm_cluster EXIT
  export SLURM_CONF=$work/slurm.conf
  mkdir -p "$work/log" "$work/spool" "$work/state"
  head -c 1024 /dev/urandom >"$work/munge.key"
  chmod 600 "$work/munge.key"
  munged --key-file="$work/munge.key" --socket="$work/munge.socket" --pid-file="$work/munged.pid" \
    --log-file="$work/log/munged.log" --seed-file="$work/munge.seed" --force ||
    { show_logs; fail "munged did not start"; }
  local node
  node=$(hostname -s)
  cat >"$SLURM_CONF" <<CONF
ClusterName=transferlab-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge.socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
MinJobAge=600
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
  slurmctld -f "$SLURM_CONF" || { show_logs; fail "slurmctld did not start"; }
  slurmd -f "$SLURM_CONF" || { show_logs; fail "slurmd did not start"; }
  for _ in $(seq 60); do
    sinfo -h -o %T 2>/dev/null | grep -q -E '^(idle|mixed|allocated)' && return 0
    sleep 0.5
  done
  show_logs
  fail "the Slurm node never became idle"
}

# Waits for every task of job $1 to leave the queue, then checks that they all ended as $2.
wait_for_job() {
  local job=$1 expected=$2 states
  for _ in $(seq 600); do
    [ -z "$(squeue -h -j "$job" 2>/dev/null)" ] && break
    sleep 0.5
  done
  [ -z "$(squeue -h -j "$job")" ] || { show_logs; fail "job $job still in the queue after 5 minutes"; }
  states=$(scontrol -o show job "$job" | grep -o 'JobState=[A-Z_]*' | sort | uniq -c | tr -s ' ')
  echo "job $job:$states"
  if echo "$states" | grep -v -q "JobState=$expected"; then
    show_logs
    fail "job $job: not every task ended $expected"
  fi
}
