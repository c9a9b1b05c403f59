/** The tour's small pictures: drawn shapes only (no words, so nothing to translate), hidden from screen readers. */

type Step = 'design' | 'paste' | 'export';

const Card = ({ x, y, strong }: { x: number; y: number; strong?: boolean }) => (
  <rect x={x} y={y} width="44" height="22" rx="5" className={strong ? 'tour-pic__card is-strong' : 'tour-pic__card'} />
);

const Arrow = ({ d }: { d: string }) => <path d={d} className="tour-pic__edge" markerEnd="url(#tour-arrow)" />;

const Lines = ({ x, y }: { x: number; y: number }) => (
  <g className="tour-pic__text">
    {[0, 1, 2, 3, 4, 5].map((i) => (
      <rect key={i} x={x + (i % 3 === 0 ? 0 : 8)} y={y + i * 9} width={i % 2 ? 30 : 40} height="4" rx="2" />
    ))}
  </g>
);

function Design() {
  return (
    <>
      <rect x="6" y="10" width="30" height="80" rx="6" className="tour-pic__palette" />
      <Card x={92} y={18} />
      <Card x={92} y={62} strong />
      <Arrow d="M114 40 V58" />
      <path d="M30 30 C 50 20, 70 20, 86 26" className="tour-pic__drag" />
      <path d="M150 64 l6 14 2-6 6-2z" className="tour-pic__cursor" />
    </>
  );
}

function Paste() {
  return (
    <>
      <rect x="6" y="8" width="62" height="84" rx="6" className="tour-pic__doc" />
      <Lines x={14} y={20} />
      <Arrow d="M76 50 H96" />
      <Card x={106} y={14} />
      <Card x={106} y={64} strong />
      <Arrow d="M128 36 V60" />
    </>
  );
}

function Export() {
  return (
    <>
      <Card x={10} y={14} />
      <Card x={10} y={64} strong />
      <Arrow d="M32 36 V60" />
      <Arrow d="M64 50 H92" />
      <path d="M102 10 h40 l14 14 v66 h-54z" className="tour-pic__doc" />
      <Lines x={110} y={34} />
    </>
  );
}

export function TourPicture({ step }: { step: Step }) {
  return (
    <svg className="tour-pic" viewBox="0 0 170 100" width="170" height="100" aria-hidden="true">
      <defs>
        <marker id="tour-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0 0 8 4 0 8z" className="tour-pic__head" />
        </marker>
      </defs>
      {step === 'design' ? <Design /> : step === 'paste' ? <Paste /> : <Export />}
    </svg>
  );
}
