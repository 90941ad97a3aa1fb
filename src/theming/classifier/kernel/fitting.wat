;; The arithmetic of fitting the logistic regressions of comment theming (embedding-classifier.ts),
;; most of the time spent preparing theming and cross-validating it: the bound of the loss's
;; curvature (a quarter of XᵀX/n) and, in every round, each example's logits and each output's
;; gradient. All in float64, two lanes at a time, each number summed in the order the plain loops
;; summed it, so that the fitted weights are those of the loops to the last bit.
;;
;; Assemble with `npm run kernel:assemble` (wabt), which writes fitting.wasm.ts; a unit test checks
;; that the committed bytes are this text's.
(module
  (import "env" "memory" (memory 1))

  ;; gram[i][j] += sa·a[j] + sb·b[j] + sc·c[j] + sd·d[j], for j <= i < $width, where sa = a[i]·$scale and
  ;; so on: four rows of $width float64 at $a, $b, $c and $d, the lower triangle of a $width × $width
  ;; matrix at $gram. Summed left to right, as the loop wrote it.
  (func (export "gramOfFour") (param $gram i32) (param $width i32) (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $scale f64)
    (local $i i32) (local $j i32) (local $target i32) (local $offset i32)
    (local $sa f64) (local $sb f64) (local $sc f64) (local $sd f64)
    (local $va v128) (local $vb v128) (local $vc v128) (local $vd v128) (local $terms v128)
    (block $allRows
      (loop $eachRow
        (br_if $allRows (i32.ge_u (local.get $i) (local.get $width)))
        (local.set $offset (i32.shl (local.get $i) (i32.const 3)))
        (local.set $sa (f64.mul (f64.load (i32.add (local.get $a) (local.get $offset))) (local.get $scale)))
        (local.set $sb (f64.mul (f64.load (i32.add (local.get $b) (local.get $offset))) (local.get $scale)))
        (local.set $sc (f64.mul (f64.load (i32.add (local.get $c) (local.get $offset))) (local.get $scale)))
        (local.set $sd (f64.mul (f64.load (i32.add (local.get $d) (local.get $offset))) (local.get $scale)))
        (local.set $va (f64x2.splat (local.get $sa)))
        (local.set $vb (f64x2.splat (local.get $sb)))
        (local.set $vc (f64x2.splat (local.get $sc)))
        (local.set $vd (f64x2.splat (local.get $sd)))
        (local.set $target (i32.add (local.get $gram) (i32.mul (local.get $i) (i32.shl (local.get $width) (i32.const 3)))))
        (local.set $j (i32.const 0))
        ;; Two columns at a time while both are in the triangle (j + 1 <= i).
        (block $pairs
          (loop $eachPair
            (br_if $pairs (i32.gt_u (i32.add (local.get $j) (i32.const 1)) (local.get $i)))
            (local.set $offset (i32.shl (local.get $j) (i32.const 3)))
            (local.set $terms
              (f64x2.add
                (f64x2.add
                  (f64x2.add
                    (f64x2.mul (local.get $va) (v128.load (i32.add (local.get $a) (local.get $offset))))
                    (f64x2.mul (local.get $vb) (v128.load (i32.add (local.get $b) (local.get $offset)))))
                  (f64x2.mul (local.get $vc) (v128.load (i32.add (local.get $c) (local.get $offset)))))
                (f64x2.mul (local.get $vd) (v128.load (i32.add (local.get $d) (local.get $offset))))))
            (v128.store (i32.add (local.get $target) (local.get $offset))
              (f64x2.add (v128.load (i32.add (local.get $target) (local.get $offset))) (local.get $terms)))
            (local.set $j (i32.add (local.get $j) (i32.const 2)))
            (br $eachPair)))
        ;; The diagonal, when one column is left.
        (if (i32.le_u (local.get $j) (local.get $i))
          (then
            (local.set $offset (i32.shl (local.get $j) (i32.const 3)))
            (f64.store (i32.add (local.get $target) (local.get $offset))
              (f64.add (f64.load (i32.add (local.get $target) (local.get $offset)))
                (f64.add
                  (f64.add
                    (f64.add
                      (f64.mul (local.get $sa) (f64.load (i32.add (local.get $a) (local.get $offset))))
                      (f64.mul (local.get $sb) (f64.load (i32.add (local.get $b) (local.get $offset)))))
                    (f64.mul (local.get $sc) (f64.load (i32.add (local.get $c) (local.get $offset)))))
                  (f64.mul (local.get $sd) (f64.load (i32.add (local.get $d) (local.get $offset)))))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $eachRow))))

  ;; out[k] = Σ_i weights[i][k]·row[i], for k < $lanes (even), i in order from 0: the weights of
  ;; every output side by side ($width rows of $lanes float64), so that two outputs' sums run in
  ;; the two lanes, each in the order of its own loop.
  (func (export "logits") (param $weights i32) (param $row i32) (param $width i32) (param $lanes i32) (param $out i32)
    (local $i i32) (local $k i32) (local $input v128) (local $at i32) (local $laneBytes i32)
    (local.set $laneBytes (i32.shl (local.get $lanes) (i32.const 3)))
    (local.set $k (i32.const 0))
    (block $cleared
      (loop $clear
        (br_if $cleared (i32.ge_u (local.get $k) (local.get $laneBytes)))
        (v128.store (i32.add (local.get $out) (local.get $k)) (v128.const f64x2 0 0))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $clear)))
    (block $allInputs
      (loop $eachInput
        (br_if $allInputs (i32.ge_u (local.get $i) (local.get $width)))
        (local.set $input (v128.load64_splat (i32.add (local.get $row) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $k (i32.const 0))
        (block $allLanes
          (loop $eachLanePair
            (br_if $allLanes (i32.ge_u (local.get $k) (local.get $laneBytes)))
            (local.set $at (i32.add (local.get $out) (local.get $k)))
            (v128.store (local.get $at)
              (f64x2.add (v128.load (local.get $at)) (f64x2.mul (v128.load (i32.add (local.get $weights) (local.get $k))) (local.get $input))))
            (local.set $k (i32.add (local.get $k) (i32.const 16)))
            (br $eachLanePair)))
        (local.set $weights (i32.add (local.get $weights) (local.get $laneBytes)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $eachInput))))

  ;; gradients[k][i] += errors[k]·row[i], for k < $outputs and i < $width: one row of $width float64
  ;; per output, one after the other.
  (func (export "accumulate") (param $gradients i32) (param $errors i32) (param $row i32) (param $width i32) (param $outputs i32)
    (local $k i32) (local $i i32) (local $error f64) (local $spread v128) (local $at i32) (local $from i32) (local $rowBytes i32)
    (local.set $rowBytes (i32.shl (local.get $width) (i32.const 3)))
    (block $allOutputs
      (loop $eachOutput
        (br_if $allOutputs (i32.ge_u (local.get $k) (local.get $outputs)))
        (local.set $error (f64.load (i32.add (local.get $errors) (i32.shl (local.get $k) (i32.const 3)))))
        (local.set $spread (f64x2.splat (local.get $error)))
        (local.set $i (i32.const 0))
        (block $pairs
          (loop $eachPair
            (br_if $pairs (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $rowBytes)))
            (local.set $at (i32.add (local.get $gradients) (local.get $i)))
            (local.set $from (i32.add (local.get $row) (local.get $i)))
            (v128.store (local.get $at) (f64x2.add (v128.load (local.get $at)) (f64x2.mul (local.get $spread) (v128.load (local.get $from)))))
            (local.set $i (i32.add (local.get $i) (i32.const 16)))
            (br $eachPair)))
        (if (i32.lt_u (local.get $i) (local.get $rowBytes))
          (then
            (local.set $at (i32.add (local.get $gradients) (local.get $i)))
            (f64.store (local.get $at)
              (f64.add (f64.load (local.get $at)) (f64.mul (local.get $error) (f64.load (i32.add (local.get $row) (local.get $i))))))))
        (local.set $gradients (i32.add (local.get $gradients) (local.get $rowBytes)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $eachOutput)))))
