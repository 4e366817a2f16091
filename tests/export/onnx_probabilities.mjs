// Runs a TransferLab ONNX export in ONNX Runtime (Node.js), an implementation independent of
// TransferLab and of libtorch, and prints its answers.
//
// usage: node onnx_probabilities.mjs MODEL.onnx MANIFEST.json RUNTIME_DIR (where node_modules/onnxruntime-node is)
// MANIFEST lists raw RGB images already at the model's size: [{"pixels", "height", "width"}, ...].
// Prints JSON: {"probabilities": [[...], ...]}.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [modelPath, manifestPath, runtimeDir] = process.argv.slice(2);
const require = createRequire(runtimeDir + "/");
const ort = require('onnxruntime-node');

const session = await ort.InferenceSession.create(modelPath);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const probabilities = [];
for (const entry of manifest) {
  const pixels = readFileSync(entry.pixels);
  const input = new ort.Tensor('float32', Float32Array.from(pixels), [1, entry.height, entry.width, 3]);
  const output = await session.run({ image: input });
  probabilities.push(Array.from(output.probabilities.data));
}
console.log(JSON.stringify({ probabilities }));
