/**
 * DF-QuAD (Rago, Toni, Aurisicchio, Baroni, KR 2016): the two functions that
 * turn a claim's base score and the values bearing on it into its strength.
 */

/** F(v₁..vₙ) = 1 − ∏(1 − vᵢ), F() = 0: how strongly a set of supporters (or attackers) pushes together. */
export function aggregate(values: Iterable<number>): number {
  let rest = 1;
  for (const value of values) rest *= 1 - value;
  return 1 - rest;
}

/**
 * C(v₀, vₐ, vₛ): the base score v₀ moved down towards 0 by how much attack
 * outweighs support, or up towards 1 by how much support outweighs attack.
 */
export function combine(baseScore: number, attack: number, support: number): number {
  if (attack === support) return baseScore;
  if (attack > support) return baseScore - baseScore * (attack - support);
  return baseScore + (1 - baseScore) * (support - attack);
}
