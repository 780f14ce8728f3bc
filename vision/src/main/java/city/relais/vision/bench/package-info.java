/**
 * Benchmarks (not tests): {@link city.relais.vision.bench.DetectionBench} compares raw ONNX Runtime inference with the
 * full pipeline; {@link city.relais.vision.bench.CamerasBench} finds how many real-time cameras one machine keeps up
 * with. Each prints one JSON object, then a short table.
 */
package city.relais.vision.bench;
