/**
 * The measured systems: pure kernels ({@link dev.speedup.core.kernel}), the parallel strategies
 * that split their index ranges among workers ({@link dev.speedup.core.strategy}), and the
 * lecture's threading examples ({@link dev.speedup.core.lecture}). Depends on the JDK only.
 */
package dev.speedup.core;
