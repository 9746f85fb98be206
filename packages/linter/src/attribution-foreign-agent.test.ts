import { describe, expect, it } from 'vitest';
import { attributedSpans as spans } from './attribution-spans';

/** The actor spans a sentence names as authors. */

describe('an author named in another language with no attack word (LT70)', () => {
  it('LT70: acting for a threat state or its intelligence service names it', () => {
    expect(spans('Actores malintencionados que actúan por cuenta de Rusia.')).toEqual(['Rusia']);
    expect(spans('Gruppi che agiscono per conto della Cina.')).toEqual(['Cina']);
    expect(spans('Une opération commanditée par Pékin.')).toEqual(['Pékin']);
    expect(spans('Die Gruppe arbeitet im Auftrag des iranischen Geheimdienstes.')).toEqual(['iranischen']);
    expect(spans('La operación, a cargo de la inteligencia militar rusa.')).toEqual(['rusa']);
  });

  it('LT70: acting for a ministry or presidency, with a threat state elsewhere, does not', () => {
    expect(spans('Die Delegation reiste im Auftrag des Auswärtigen Amts nach Russland.')).toEqual([]);
    expect(
      spans('La réunion a été organisée pour le compte de la présidence, avec la Russie comme observateur.'),
    ).toEqual([]);
  });

  it('LT70: a state intelligence service, steered by a state, a harm verb after it, "it was X, not Y"', () => {
    expect(spans('Lire « les services de renseignement nord-coréens ».')).toEqual(['nord-coréens']);
    expect(spans('Anziché «da attori sconosciuti», leggasi «dai servizi russi».')).toEqual(['russi']);
    expect(spans('Die von Russland gesteuerten Angreifer.')).toEqual(['Russland']);
    expect(spans('Los norcoreanos robaron otra vez criptoactivos.')).toEqual(['norcoreanos']);
    expect(spans('Laut BSI waren es die Chinesen, nicht die Russen.')).toEqual(['Chinesen']);
  });

  it('LT70: a state delegation, a state arriving late, a cleft with a benign relative are none', () => {
    expect(spans('Au paragraphe 2, lire « la délégation russe ».')).toEqual([]);
    expect(spans('Los rusos llegaron tarde a la reunión del grupo de trabajo.')).toEqual([]);
    expect(
      spans('Laut Protokoll waren es die Chinesen, die den Kompromissvorschlag zuerst annahmen.'),
    ).toEqual([]);
  });
});

describe('a hostile actor hand in glove with a threat state (LT70)', () => {
  it('LT70: a hostile subject working in coordination or in concert with a threat state names it', () => {
    expect(
      spans(
        'The affiliate was working in coordination with the Russian services when it encrypted the bank.',
      ),
    ).toContain('Russian services');
    expect(spans('The crew worked in concert with Chinese intelligence during the intrusion.')).toContain(
      'Chinese intelligence',
    );
  });

  it('LT70: police or a CERT working with a state does not', () => {
    expect(
      spans(
        'Police acted in coordination with the Russian authorities to arrest the money mules of the ransomware gang.',
      ),
    ).toEqual([]);
    expect(
      spans('The French CERT worked in coordination with the German BSI to contain the ransomware.'),
    ).toEqual([]);
  });
});
