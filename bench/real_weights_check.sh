#!/usr/bin/env bash
# Real-weights checks of a backbone (#31), outside the required suite: they need ImageNet weights
# (the tests generate seeded ones) and a folder-per-class dataset, such as the shared skin images.
#   bench/real_weights_check.sh CLI WEIGHTS.h5 DATASET_DIR [BACKBONE] [WORK_DIR]
# 1. A stratified, seeded 80/20 split of DATASET_DIR into WORK_DIR/split (symbolic links).
# 2. A default training on the 80% (fresh cache), tested on the 20%: accuracy, AUC, ECE, the
#    precision Automatic chose with what its guard measured, and the first training's timings.
#    Beside it, on the same split, the reference recipe that issue #31 quotes (average pooling and
#    a logistic regression: bench/reference_logistic_regression.py).
# 3. Grad-CAM overlays of four test images of each class into WORK_DIR/gradcam (look at them).
# 4. The TorchScript export answering as the model does (the ONNX export runs in ONNX Runtime and
#    OpenCV's DNN module in the required suite: tests/cli/TestExport.cpp).
set -euo pipefail
cli=$1 weights=$2 data=$3 backbone=${4:-mobilenetv2} work=${5:-$(mktemp -d /tmp/tl-real.XXXXXX)}
mkdir -p "$work"
rm -rf "$work/split" "$work/cache" "$work/gradcam"
python3 - "$data" "$work/split" <<'PY'
import os, random, sys
source, target = sys.argv[1], sys.argv[2]
random.seed(31)
for label in sorted(os.listdir(source)):
    files = sorted(os.listdir(os.path.join(source, label)))
    random.shuffle(files)
    held_out = len(files) // 5
    for part, names in (("test", files[:held_out]), ("train", files[held_out:])):
        os.makedirs(os.path.join(target, part, label), exist_ok=True)
        for name in names:
            os.symlink(os.path.abspath(os.path.join(source, label, name)), os.path.join(target, part, label, name))
PY
start=$(date +%s.%N)
"$cli" train --backbone "$backbone" --weights "$weights" --data "$work/split/train" --test "$work/split/test" \
  --cache-dir "$work/cache" --out "$work/model.tlmodel" --json >"$work/train.json"
end=$(date +%s.%N)
python3 - "$work/train.json" "$start" "$end" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))
test = run["test"]
print(f"test: {test['count']} images, accuracy {test['accuracy']:.3f}, AUC {test['auc']:.3f}, ECE {test['ece']:.3f}")
print(f"validation accuracy {run['validation']['accuracy']:.3f}, best epoch {run['best_epoch']}")
print(f"precision {run['precision']}; Automatic's guard: {json.dumps(run['precision_choice'])}")
print(f"first training: {float(sys.argv[3]) - float(sys.argv[2]):.1f} s wall, setup {run['setup_seconds']:.1f} s, "
      f"extraction {run['extraction_seconds']:.1f} s for {run['features_computed']} images "
      f"({run['features_computed'] / run['extraction_seconds']:.1f} img/s), head {run['training_seconds']:.1f} s")
print(f"extraction split: {json.dumps(run['extraction_profile'])}")
PY
for part in train test; do
  "$cli" features --backbone "$backbone" --weights "$weights" --precision fp32 --pool avg \
    --data "$work/split/$part" --out "$work/reference-$part.npy" >/dev/null
done
python3 "$(dirname "$0")/reference_logistic_regression.py" "$work/reference-train.npy" "$work/reference-test.npy"
mkdir -p "$work/gradcam"
# Globs, not `ls | head`: under pipefail, ls killed by head's early exit would end the script.
for folder in "$work"/split/test/*/; do
  label=$(basename "$folder") images=("$folder"*)
  for path in "${images[@]:0:4}"; do
    image=$(basename "$path")
    "$cli" explain --model "$work/model.tlmodel" "$path" --out "$work/gradcam/$label-${image%.*}.png" --json |
      python3 -c "import json,sys; r=json.load(sys.stdin); print('$label/$image: predicted', r['class'], '- explained', r['explained_class'])"
  done
done
images=("$work"/split/test/*/*)
image=${images[0]}
"$cli" export --model "$work/model.tlmodel" --format torchscript --out "$work/model.pt"
"$cli" predict --model "$work/model.tlmodel" "$image"
"$cli" predict --model "$work/model.pt" "$image"
echo "overlays in $work/gradcam"
