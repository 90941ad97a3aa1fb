;; The similarity of one query vector to every row of a matrix, for the nearest-neighbour votes of
;; comment theming (semantic-neighbours.ts): most of the time spent reading a comment's meaning.
;;
;; The arithmetic is exactly that of the plain loop it replaces, so that a comment's themes do not
;; depend on which one ran: float32 inputs, each product and sum in float64, four running sums over
;; the indexes 0, 1, 2 and 3 mod 4, then (s0 + s1) + (s2 + s3); indexes past the last multiple of 4
;; add to s0. Two lanes of float64 at a time (s0 and s1 in $low, s2 and s3 in $high) give the same
;; sums, in the same order, as four scalar ones: about 3.5 times faster than JavaScript's loop.
;;
;; Assemble with `npm run kernel:assemble` (wabt), which writes similarities.wasm.ts; a unit test
;; checks that the committed bytes are this text's.
(module
  (import "env" "memory" (memory 1))

  ;; out[r] = similarity of the query at $query to the row r of the matrix at $matrix, for r < $rows;
  ;; vectors of $dimensions float32, rows one after the other, results float64.
  (func (export "similarities") (param $query i32) (param $matrix i32) (param $rows i32) (param $dimensions i32) (param $out i32)
    (local $row i32) (local $index i32) (local $q i32) (local $m i32)
    (local $qv v128) (local $mv v128) (local $low v128) (local $high v128) (local $s0 f64)
    (block $allRows
      (loop $eachRow
        (br_if $allRows (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $low (v128.const f64x2 0 0))
        (local.set $high (v128.const f64x2 0 0))
        (local.set $q (local.get $query))
        (local.set $m (local.get $matrix))
        (local.set $index (i32.const 0))
        ;; Four at a time while four are left.
        (block $fours
          (loop $eachFour
            (br_if $fours (i32.gt_u (i32.add (local.get $index) (i32.const 4)) (local.get $dimensions)))
            (local.set $qv (v128.load (local.get $q)))
            (local.set $mv (v128.load (local.get $m)))
            (local.set $low
              (f64x2.add (local.get $low)
                (f64x2.mul (f64x2.promote_low_f32x4 (local.get $qv)) (f64x2.promote_low_f32x4 (local.get $mv)))))
            ;; The upper two floats, moved down to be promoted.
            (local.set $high
              (f64x2.add (local.get $high)
                (f64x2.mul
                  (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $qv) (local.get $qv)))
                  (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $mv) (local.get $mv))))))
            (local.set $q (i32.add (local.get $q) (i32.const 16)))
            (local.set $m (i32.add (local.get $m) (i32.const 16)))
            (local.set $index (i32.add (local.get $index) (i32.const 4)))
            (br $eachFour)))
        ;; The rest, one at a time, into s0.
        (local.set $s0 (f64x2.extract_lane 0 (local.get $low)))
        (block $rest
          (loop $eachOne
            (br_if $rest (i32.ge_u (local.get $index) (local.get $dimensions)))
            (local.set $s0
              (f64.add (local.get $s0)
                (f64.mul (f64.promote_f32 (f32.load (local.get $q))) (f64.promote_f32 (f32.load (local.get $m))))))
            (local.set $q (i32.add (local.get $q) (i32.const 4)))
            (local.set $m (i32.add (local.get $m) (i32.const 4)))
            (local.set $index (i32.add (local.get $index) (i32.const 1)))
            (br $eachOne)))
        (f64.store
          (i32.add (local.get $out) (i32.shl (local.get $row) (i32.const 3)))
          (f64.add
            (f64.add (local.get $s0) (f64x2.extract_lane 1 (local.get $low)))
            (f64.add (f64x2.extract_lane 0 (local.get $high)) (f64x2.extract_lane 1 (local.get $high)))))
        (local.set $matrix (local.get $m))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $eachRow)))))
