import { Box } from '@strapi/design-system';
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type VolumePoint = { day: string; searches: number; zeroResults: number };

const shortDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Searches per day, with the ones that found nobody drawn inside them. */
export const VolumeChart = ({ points }: { points: VolumePoint[] }) => (
  <Box width="100%" height="32rem" data-testid="cs-volume-chart">
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#eaeaef" />
        <XAxis dataKey="day" tickFormatter={shortDay} minTickGap={24} fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} width={40} />
        <Tooltip labelFormatter={(day) => shortDay(String(day))} />
        <Legend />
        <Area type="monotone" dataKey="searches" name="Searches" stroke="#4945ff" fill="#4945ff" fillOpacity={0.2} isAnimationActive={false} />
        <Area type="monotone" dataKey="zeroResults" name="Found nobody" stroke="#d02b20" fill="#d02b20" fillOpacity={0.25} isAnimationActive={false} />
      </AreaChart>
    </ResponsiveContainer>
  </Box>
);
