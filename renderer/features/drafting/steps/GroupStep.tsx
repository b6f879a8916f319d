import { MembersSection } from './MembersSection';
import { UnitsSection } from './UnitsSection';

/** Step 2: who writes the plan, and the units that can own or take part in measures. */
export function GroupStep() {
  return (
    <>
      <MembersSection />
      <UnitsSection />
    </>
  );
}
