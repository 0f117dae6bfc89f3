import { labelValue, recordWebhook, registerQueueStats, renderMetrics } from '../metrics';

describe('metrics', () => {
  it('keeps label values short and plain whatever callers pass', () => {
    expect(labelValue('WhatsApp Status')).toBe('whatsapp_status');
    expect(labelValue('x'.repeat(100))).toHaveLength(64);
    expect(labelValue('')).toBe('unknown');
    expect(labelValue('/api/members/:id')).toBe('/api/members/:id');
  });

  it('counts webhooks by source and outcome', async () => {
    recordWebhook('whatsapp', 'accepted');
    recordWebhook('whatsapp', 'accepted');
    recordWebhook('stripe', 'rejected');
    const { body } = await renderMetrics();
    expect(body).toContain('community_connect_webhook_requests_total{source="whatsapp",outcome="accepted"} 2');
    expect(body).toContain('community_connect_webhook_requests_total{source="stripe",outcome="rejected"} 1');
  });

  it('reads registered queues at each scrape; a queue that fails to answer drops out', async () => {
    const removeMessages = registerQueueStats('whatsapp-outbound', () => ({ depth: 7, failed: 2 }));
    const removeBroken = registerQueueStats('billing', async () => {
      throw new Error('redis down');
    });
    try {
      const { body } = await renderMetrics();
      expect(body).toContain('community_connect_queue_depth{queue="whatsapp-outbound"} 7');
      expect(body).toContain('community_connect_queue_failed_jobs{queue="whatsapp-outbound"} 2');
      expect(body).not.toContain('queue="billing"');
    } finally {
      removeMessages();
      removeBroken();
    }
    expect((await renderMetrics()).body).not.toContain('queue="whatsapp-outbound"');
  });
});
