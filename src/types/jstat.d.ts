/** The part of jStat the reports use; the package ships no types of its own. */
declare module 'jstat' {
  export const jStat: {
    studentt: {
      /** The quantile of Student's t with `dof` degrees of freedom at probability `p`. */
      inv(p: number, dof: number): number;
    };
  };
}
