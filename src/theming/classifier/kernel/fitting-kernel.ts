import { FITTING_WASM } from './fitting.wasm';
import { instantiateKernel } from './kernel-instance';

interface FittingExports {
  gramOfFour(gram: number, width: number, a: number, b: number, c: number, d: number, scale: number): void;
  logits(weights: number, row: number, width: number, lanes: number, out: number): void;
  accumulate(gradients: number, errors: number, row: number, width: number, outputs: number): void;
}

/**
 * The numbers of one fit of logistic regressions (embedding-classifier.ts) in the memory of a
 * WebAssembly kernel (fitting.wat), which does the fit's arithmetic to the last bit as the plain
 * loops did, about three times faster: the input rows, which the caller writes; each output's
 * weights, side by side; their gradients; the bound of the loss's curvature.
 */
export class FittingKernel {
  /** `count` rows of `width` inputs, one after the other: the caller writes them before anything else. */
  readonly rows: Float64Array;
  private readonly kernel: FittingExports;
  private readonly lanes: number;
  private readonly at: { zeros: number; gram: number; weights: number; gradients: number; errors: number; logits: number };
  private readonly gram: Float64Array;
  private readonly weights: Float64Array;
  private readonly gradients: Float64Array;
  private readonly errors: Float64Array;
  private readonly logits: Float64Array;

  constructor(
    private readonly count: number,
    private readonly width: number,
    private readonly outputs: number,
  ) {
    // Two outputs' logits per step of the kernel: an odd count gets a lane that stays 0.
    this.lanes = outputs + (outputs % 2);
    const rowBytes = width * 8;
    const zeros = count * rowBytes;
    const gram = zeros + rowBytes;
    const weights = gram + width * rowBytes;
    const gradients = weights + width * this.lanes * 8;
    const errors = gradients + outputs * rowBytes;
    const logits = errors + this.lanes * 8;
    this.at = { zeros, gram, weights, gradients, errors, logits };
    const { exports, buffer } = instantiateKernel<FittingExports>(FITTING_WASM, logits + this.lanes * 8);
    this.kernel = exports;
    this.rows = new Float64Array(buffer, 0, count * width);
    this.gram = new Float64Array(buffer, gram, width * width);
    this.weights = new Float64Array(buffer, weights, width * this.lanes);
    this.gradients = new Float64Array(buffer, gradients, outputs * width);
    this.errors = new Float64Array(buffer, errors, this.lanes);
    this.logits = new Float64Array(buffer, logits, this.lanes);
  }

  private rowAt(position: number): number {
    return position < this.count ? position * this.width * 8 : this.at.zeros;
  }

  /**
   * A quarter of XᵀX/n, the lower triangle of each row (the rest 0), four rows at a time: each
   * pass over the triangle then serves four rows rather than one. Copies, the caller's to change.
   */
  quarterGram(): Float64Array[] {
    const scale = 0.25 / this.count;
    for (let first = 0; first < this.count; first += 4)
      this.kernel.gramOfFour(this.at.gram, this.width, this.rowAt(first), this.rowAt(first + 1), this.rowAt(first + 2), this.rowAt(first + 3), scale);
    return Array.from({ length: this.width }, (_, row) => this.gram.slice(row * this.width, (row + 1) * this.width));
  }

  /** Output `output`'s weights from now on (all 0 until set). */
  setWeights(output: number, weights: Float64Array): void {
    for (let index = 0; index < this.width; index += 1) this.weights[index * this.lanes + output] = weights[index];
  }

  /** Every output's logit for the row at `position`, with the weights set: overwritten by the next call. */
  logitsOf(position: number): Float64Array {
    this.kernel.logits(this.at.weights, this.rowAt(position), this.width, this.lanes, this.at.logits);
    return this.logits;
  }

  /** Adds errors[k] × the row at `position` to output k's gradient, for every output. */
  accumulate(position: number, errors: Float64Array): void {
    this.errors.set(errors);
    this.kernel.accumulate(this.at.gradients, this.at.errors, this.rowAt(position), this.width, this.outputs);
  }

  /** Output `output`'s gradient, summed since the gradients were last cleared: the caller may change it. */
  gradientOf(output: number): Float64Array {
    return this.gradients.subarray(output * this.width, (output + 1) * this.width);
  }

  clearGradients(): void {
    this.gradients.fill(0);
  }
}
